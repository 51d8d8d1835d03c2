import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  comparePeriods,
  contains,
  daysBetween,
  dayNumber,
  endsBy,
  isCalendarDate,
  monthsBetween,
  overlaps,
  parsePeriod,
  period,
  periodLength,
  todayUTC,
} from '../../src/index.js';

const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'] as const;
const originalTZ = process.env.TZ;
afterAll(() => {
  if (originalTZ === undefined) delete process.env.TZ;
  else process.env.TZ = originalTZ;
});

/** Everything the period maths answers, as plain data to compare across time zones. */
function answers() {
  const p = (t: string) => {
    const x = parsePeriod(t);
    return x && [x.granularity, x.start, x.end, periodLength(x)];
  };
  return {
    year: p('2024'),
    leapFeb: p('2024-02'),
    plainFeb: p('2023-02'),
    h1: p('2022-H1'),
    h2: p('2022-H2'),
    q1Leap: p('2020-Q1'),
    q4: p('2022-Q4'),
    day: p('2024-02-29'),
    badLeapDay: p('2023-02-29'),
    range: p('2021-12-11/2022-02-11'),
    rangeMixed: p('2020-09/2024-08'),
    backwards: p('2022-03/2022-01'),
    centuryNotLeap: p('1900-02'),
    fourHundredLeap: p('2000-02'),
    yearZeroLeap: p('0000-02'),
    earlyYear: p('0050-02-29'),
    days: daysBetween('2020-09-01', '2024-08-31'),
    plusOne: addDays('2024-02-28', 1),
    yearEnd: addDays('2023-12-31', 1),
    dayNo: dayNumber('1970-01-02'),
    months: monthsBetween('2023-11-15', '2024-02-01'),
    today: todayUTC(new Date(Date.UTC(2024, 7, 31, 23, 30))),
  };
}

describe('period maths', () => {
  it('parses every period form to calendar days, leap years included', () => {
    process.env.TZ = 'UTC';
    expect(answers()).toEqual({
      year: ['year', '2024-01-01', '2024-12-31', 366],
      leapFeb: ['month', '2024-02-01', '2024-02-29', 29],
      plainFeb: ['month', '2023-02-01', '2023-02-28', 28],
      h1: ['half', '2022-01-01', '2022-06-30', 181],
      h2: ['half', '2022-07-01', '2022-12-31', 184],
      q1Leap: ['quarter', '2020-01-01', '2020-03-31', 91],
      q4: ['quarter', '2022-10-01', '2022-12-31', 92],
      day: ['day', '2024-02-29', '2024-02-29', 1],
      badLeapDay: undefined,
      range: ['range', '2021-12-11', '2022-02-11', 63],
      rangeMixed: ['range', '2020-09-01', '2024-08-31', 1461],
      backwards: undefined,
      centuryNotLeap: ['month', '1900-02-01', '1900-02-28', 28],
      fourHundredLeap: ['month', '2000-02-01', '2000-02-29', 29],
      // years 0-99 are themselves, not 1900-1999
      yearZeroLeap: ['month', '0000-02-01', '0000-02-29', 29],
      earlyYear: undefined,
      days: 1460,
      plusOne: '2024-02-29',
      yearEnd: '2024-01-01',
      dayNo: 1,
      months: ['2023-11', '2023-12', '2024-01', '2024-02'],
      today: '2024-08-31',
    });
  });

  it.each(ZONES)('gives the same answers with TZ=%s', (zone) => {
    process.env.TZ = 'UTC';
    const reference = answers();
    process.env.TZ = zone;
    // Node honours TZ at runtime: local time really moved (except in UTC itself)
    const offset = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, 'Pacific/Kiritimati': -840, 'America/Los_Angeles': 480 }[zone]);
    expect(answers()).toEqual(reference);
  });

  it('rejects what is not a period', () => {
    for (const bad of ['', '22', '2022-13', '2022-Q5', '2022-H3', '2022-Q1-01', '2022/', 'x']) {
      expect(parsePeriod(bad)).toBeUndefined();
    }
    expect(() => period('2022-13')).toThrow(/not a period: "2022-13"/);
    expect(isCalendarDate('2024-02-30')).toBe(false);
  });

  it('compares, contains and overlaps periods by calendar day', () => {
    const h1 = period('2022-H1');
    expect(contains(h1, '2022-06-30')).toBe(true);
    expect(contains(h1, '2022-07-01')).toBe(false);
    expect(overlaps(h1, period('2022-06-30/2022-07-02'))).toBe(true);
    expect(overlaps(h1, period('2022-Q3'))).toBe(false);
    expect(endsBy(h1, '2022-06-30')).toBe(true);
    expect(endsBy(h1, '2022-06-29')).toBe(false);
    const sorted = ['2022', '2022-Q4', '2022-H1', '2022-12'].map(period).sort(comparePeriods);
    expect(sorted.map((p) => p.text)).toEqual(['2022-H1', '2022', '2022-Q4', '2022-12']);
  });
});
