/** Calendar buckets (month, quarter, year) for time series. */
import { type CalendarDate, addDays } from './calendar-date.js';
import { type Period, period } from './period.js';

export type Bucket = 'month' | 'quarter' | 'year';

/** The bucket a calendar date falls in: '2022-07', '2022-Q3' or '2022'. */
export function bucketOf(date: CalendarDate, by: Bucket): string {
  const year = date.slice(0, 4);
  if (by === 'year') return year;
  if (by === 'month') return date.slice(0, 7);
  return `${year}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every bucket from the one holding `start` to the one holding `end`, in order. */
export function bucketsBetween(start: CalendarDate, end: CalendarDate, by: Bucket): Period[] {
  const out: Period[] = [];
  const last = bucketOf(end, by);
  let p = period(bucketOf(start, by));
  if (bucketOf(start, by) > last) return out;
  for (;;) {
    out.push(p);
    if (p.text === last) return out;
    p = period(bucketOf(addDays(p.end, 1), by));
  }
}
