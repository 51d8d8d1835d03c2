/**
 * Day numbers are integer arithmetic (no Date per call, for speed on large feeds): they must
 * be the very numbers `Date` gives in UTC, for every date a feed can write (years 0000-9999,
 * leap days, invalid days and months), and read back to the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  toCalendarDate,
} from '../../src/periods/calendar-date.js';

const DAY_MS = 86_400_000;

/** What the functions were written with before: Date in UTC. */
function byDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(0);
  at.setUTCFullYear(y, mo, 0);
  if (mo < 1 || mo > 12 || d < 1 || d > at.getUTCDate()) return undefined;
  at.setUTCFullYear(y, mo - 1, d);
  return at.getTime() / DAY_MS;
}

const dateText = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => toCalendarDate(y, m, d)),
  fc.constantFrom(
    '2024-02-29',
    '2023-02-29',
    '2000-02-29',
    '1900-02-29',
    '0000-02-29',
    '0000-01-01',
  ),
  fc.constantFrom('2024-1-01', '２０２４-01-01', '2024-01-01\n', ' 2024-01-01', '2024/01/01', ''),
  fc.string({ maxLength: 12 }),
);

describe('calendar dates by arithmetic', () => {
  it('gives the day number Date gives, and refuses what Date-based checks refused', () => {
    fc.assert(
      fc.property(dateText, (text) => {
        const want = byDate(text);
        expect(isCalendarDate(text)).toBe(want !== undefined);
        if (want === undefined) expect(() => dayNumber(text)).toThrow(RangeError);
        else expect(dayNumber(text)).toBe(want);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a day number back to its date, for every year a feed can write', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('0000-01-01'), max: dayNumber('9999-12-31') }),
        (n) => {
          const d = new Date(n * DAY_MS);
          const want = toCalendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          expect(fromDayNumber(n)).toBe(want);
          expect(dayNumber(fromDayNumber(n))).toBe(n);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('knows leap years', () => {
    expect([2024, 2023, 2000, 1900, 0].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28, 29]);
  });
});
