import {
  type CalendarDate,
  dayNumber,
  daysInMonth,
  isCalendarDate,
  toCalendarDate,
} from './calendar-date.js';

/** The granularity a period string was written in. */
export type PeriodGranularity = 'year' | 'half' | 'quarter' | 'month' | 'day' | 'range';

/** A parsed period: the first and last calendar day it covers, both included. */
export interface Period {
  /** The string as written in the feed. */
  readonly text: string;
  readonly granularity: PeriodGranularity;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

const SINGLE_RE = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2})(?:-(\d{2}))?)?$/;

/** Parses one period that is not a range, or returns undefined. */
function parseSingle(text: string): Period | undefined {
  const m = SINGLE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const part = m[2];
  const day = m[3];
  if (part === undefined) {
    return { text, granularity: 'year', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  }
  if (part.startsWith('H') || part.startsWith('Q')) {
    if (day !== undefined) return undefined;
    const months = part.startsWith('H') ? 6 : 3;
    const first = (Number(part.slice(1)) - 1) * months + 1;
    const last = first + months - 1;
    return {
      text,
      granularity: part.startsWith('H') ? 'half' : 'quarter',
      start: toCalendarDate(year, first, 1),
      end: toCalendarDate(year, last, daysInMonth(year, last)),
    };
  }
  const month = Number(part);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) {
    return {
      text,
      granularity: 'month',
      start: toCalendarDate(year, month, 1),
      end: toCalendarDate(year, month, daysInMonth(year, month)),
    };
  }
  return isCalendarDate(text) ? { text, granularity: 'day', start: text, end: text } : undefined;
}

/**
 * Parses a period string: `2022`, `2022-H1`, `2022-Q3`, `2022-07`, `2022-07-14`, or a range
 * `A/B` of two of those (from the start of A to the end of B), e.g. `2021-12-11/2022-02-11`.
 * Returns undefined for anything else, including ranges that end before they start.
 * Answers are remembered (and frozen, since callers share them): a feed writes few distinct
 * periods, each thousands of times.
 */
export function parsePeriod(text: string): Period | undefined {
  if (known.has(text)) return known.get(text);
  const p = parseUncached(text);
  // Bounded, so that a stream of distinct strings cannot grow it without end.
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(text, p && Object.freeze(p));
  return p;
}

const KNOWN_LIMIT = 10_000;
const known = new Map<string, Period | undefined>();

function parseUncached(text: string): Period | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return parseSingle(text);
  const from = parseSingle(text.slice(0, slash));
  const to = parseSingle(text.slice(slash + 1));
  if (!from || !to || dayNumber(to.end) < dayNumber(from.start)) return undefined;
  return { text, granularity: 'range', start: from.start, end: to.end };
}

/** Parses a period string or throws a RangeError naming it. */
export function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p)
    throw new RangeError(
      `not a period: "${text}" (expected e.g. 2022, 2022-H1, 2022-Q3, 2022-07, 2022-07-14 or A/B)`,
    );
  return p;
}

/** True when `text` is a valid period string. */
export function isPeriod(text: string): boolean {
  return parsePeriod(text) !== undefined;
}

/** Number of days a period covers, both ends included. */
export function periodLength(p: Period): number {
  return dayNumber(p.end) - dayNumber(p.start) + 1;
}

/** True when the period has ended on or before `date`. */
export function endsBy(p: Period, date: CalendarDate): boolean {
  return dayNumber(p.end) <= dayNumber(date);
}

/** True when `date` falls within the period. */
export function contains(p: Period, date: CalendarDate): boolean {
  const d = dayNumber(date);
  return dayNumber(p.start) <= d && d <= dayNumber(p.end);
}

/** True when two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return dayNumber(a.start) <= dayNumber(b.end) && dayNumber(b.start) <= dayNumber(a.end);
}

/** Orders periods by end date, then by start date (the later-starting, shorter one last). */
export function comparePeriods(a: Period, b: Period): number {
  return dayNumber(a.end) - dayNumber(b.end) || dayNumber(a.start) - dayNumber(b.start);
}

/** The month periods (`YYYY-MM`) from the month of `start` to the month of `end`. */
export function monthsBetween(start: CalendarDate, end: CalendarDate): string[] {
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const endKey = end.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > endKey) break;
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
