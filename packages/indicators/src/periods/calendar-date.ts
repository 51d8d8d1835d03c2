/**
 * Calendar dates as `YYYY-MM-DD` strings and day numbers.
 *
 * A period is a span of calendar days, never an instant: all arithmetic goes through
 * UTC day numbers, which do not depend on the reader's time zone, so a period never shifts
 * by a day in Kiritimati or Los Angeles.
 */

/** A calendar date written `YYYY-MM-DD`. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Milliseconds of a UTC calendar day (month 0-11). Unlike `Date.UTC`, years 0-99 stay
 * themselves instead of becoming 1900-1999.
 */
function utc(year: number, month0: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

/** Days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** True when `text` is a real calendar date such as `2024-02-29` (not `2023-02-29`). */
export function isCalendarDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Builds `YYYY-MM-DD` from numbers (month 1-12). */
export function toCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 for a calendar date; throws on an invalid date. */
export function dayNumber(date: CalendarDate): number {
  const m = DATE_RE.exec(date);
  if (!m || !isCalendarDate(date)) throw new RangeError(`not a calendar date: "${date}"`);
  return utc(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The calendar date of a day number. */
export function fromDayNumber(day: number): CalendarDate {
  const d = new Date(day * DAY_MS);
  return toCalendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `a` to `b` (negative when `b` is before `a`). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Adds whole days to a calendar date. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Today's date where the code runs, read in UTC so that it is the same everywhere. */
export function todayUTC(now: Date = new Date()): CalendarDate {
  return toCalendarDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}
