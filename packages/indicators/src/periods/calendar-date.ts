/**
 * Calendar dates as `YYYY-MM-DD` strings and day numbers.
 *
 * A period is a span of calendar days, never an instant: all arithmetic goes through
 * UTC day numbers, which do not depend on the reader's time zone, so a period never shifts
 * by a day in Kiritimati or Los Angeles.
 */

/** A calendar date written `YYYY-MM-DD`. */
export type CalendarDate = string;

/**
 * Day numbers are worked out with integer arithmetic on the proleptic Gregorian calendar
 * (H. Hinnant's days-from-civil), which is what `Date` does in UTC: the same numbers, without
 * allocating a Date per call (a large feed asks for millions of them).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

/** The value of the ASCII digits of `text` from `start` to `end`, or -1 if one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The day number of `YYYY-MM-DD`, or undefined when it is not a real calendar date. */
function parseDay(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return;
  return daysFromCivil(year, month, day);
}

/** True when `text` is a real calendar date such as `2024-02-29` (not `2023-02-29`). */
export function isCalendarDate(text: string): boolean {
  return parseDay(text) !== undefined;
}

/** Builds `YYYY-MM-DD` from numbers (month 1-12). */
export function toCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 for a calendar date; throws on an invalid date. */
export function dayNumber(date: CalendarDate): number {
  const day = parseDay(date);
  if (day === undefined) throw new RangeError(`not a calendar date: "${date}"`);
  return day;
}

/** The calendar date of a day number (days-from-civil inverted). */
export function fromDayNumber(dayNo: number): CalendarDate {
  const z = dayNo + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return toCalendarDate(year, month, doy - Math.floor((153 * mp + 2) / 5) + 1);
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
