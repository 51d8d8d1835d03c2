import type { CalendarDate } from '../periods/calendar-date.js';

/**
 * A calendar date as the Date of its midnight UTC (format it with timeZone 'UTC'). Unlike
 * `Date.UTC`, the years 0–99 stay themselves instead of becoming 1900–1999.
 */
export function utc(date: CalendarDate): Date {
  const d = new Date(0);
  d.setUTCFullYear(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return d;
}

/**
 * A calendar date written out ('13 décembre 2024', '13 دجنبر 2024', '13 December 2024'), in
 * UTC so that no reader's time zone shifts it by a day. French writes the first of a month
 * as an ordinal, '1er septembre 2020'; Intl writes '1 septembre'.
 */
export function longDateFormat(locale: string): (date: CalendarDate) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const french = /^fr(-|$)/i.test(locale);
  return (date) => {
    const text = format.format(utc(date));
    return french ? text.replace(/^1(?=\s)/, '1er') : text;
  };
}
