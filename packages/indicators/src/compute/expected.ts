import { type CalendarDate, dayNumber } from '../periods/calendar-date.js';
import type { Feed, Indicator, Point } from '../schema/types.js';

/**
 * The points a plan goes through: the baseline (default 0 at the programme's start), any
 * milestones, and the target. Sorted by date; empty when there is no target.
 */
export function planPoints(feed: Feed, indicator: Indicator): Point[] {
  if (!indicator.target) return [];
  const baseline = indicator.baseline ?? { value: 0, date: feed.programme.start };
  return [baseline, ...(indicator.milestones ?? []), indicator.target]
    .map((p, i) => ({ p, i, day: dayNumber(p.date) }))
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map((x) => x.p);
}

/**
 * The value expected by `date`: linear from baseline to target, or piecewise through the
 * milestones; the first value before the plan starts, the target after it ends.
 * Undefined when the indicator has no target.
 */
export function expectedValue(
  feed: Feed,
  indicator: Indicator,
  date: CalendarDate,
): number | undefined {
  const points = planPoints(feed, indicator);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return undefined;
  const d = dayNumber(date);
  if (d <= dayNumber(first.date)) return first.value;
  if (d >= dayNumber(last.date)) return last.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const da = dayNumber(a.date);
    const db = dayNumber(b.date);
    if (d > db) continue;
    if (db === da) return b.value;
    return a.value + ((b.value - a.value) * (d - da)) / (db - da);
  }
  return last.value;
}
