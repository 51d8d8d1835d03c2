import { dayNumber, fromDayNumber } from '../periods/calendar-date.js';
import { type Bucket, bucketOf, bucketsBetween } from '../periods/buckets.js';
import { type Period, comparePeriods } from '../periods/period.js';
import type { Feed } from '../schema/types.js';
import { aggregateCells } from './aggregate.js';
import type { Cell } from './cells.js';
import { mergeProvenance } from './combine.js';
import { contextOf } from './context.js';
import { groupBy } from './group.js';
import { memoPerFeed, optionsKey } from './memo.js';
import type { ComputeOptions, SeriesPoint } from './results.js';
import { selectCells } from './select.js';

export type SeriesOptions = ComputeOptions & { readonly by?: Bucket | 'period' };

function emptyPoint(p: Period): SeriesPoint {
  return {
    period: p.text,
    start: p.start,
    end: p.end,
    value: undefined,
    sources: [],
    synthetic: false,
    suppressed: false,
  };
}

/**
 * An indicator over time. `by: 'period'` (the default) gives one point per period the feed
 * reports; 'month', 'quarter' and 'year' give every bucket from the first to the last with
 * data (or the filter's from/to), `value: undefined` where nothing was reported.
 *
 * Flows and ratios use the observations that fall within a bucket (a figure for a longer
 * period cannot be split and is left out). A stock's point is its value at the end of the
 * bucket: each place's latest figure by then, summed across places.
 */
export const series = memoPerFeed(seriesOf, (indicator, options?) =>
  [indicator, options?.by ?? 'period', optionsKey(options)].join('\u0001'),
);

function seriesOf(feed: Feed, indicator: string, options?: SeriesOptions): readonly SeriesPoint[] {
  const ctx = contextOf(feed);
  const ind = ctx.indicators.get(indicator);
  if (!ind) return [];
  const by = options?.by ?? 'period';
  const stock = ind.aggregation === 'last';
  const cells = selectCells(feed, indicator, options);

  const point = (p: Period, inBucket: readonly Cell[]): SeriesPoint => {
    if (inBucket.length === 0) return emptyPoint(p);
    const end = dayNumber(p.end);
    const used = stock ? cells.filter((c) => c.end <= end) : inBucket;
    const { aggregate: a } = aggregateCells(ctx, ind, used);
    return { ...mergeProvenance([a]), value: a.value, period: p.text, start: p.start, end: p.end };
  };

  if (by === 'period') {
    return [...groupBy(cells, (c) => c.period.text).values()]
      .sort((a, b) => comparePeriods((a[0] as Cell).period, (b[0] as Cell).period))
      .map((group) => point((group[0] as Cell).period, group));
  }

  const key = (day: number) => bucketOf(fromDayNumber(day), by);
  // A flow's figure counts only in a bucket that holds its whole period.
  const fits = stock ? cells : cells.filter((c) => key(c.start) === key(c.end));
  const filter = options?.filter;
  if (fits.length === 0 && (filter?.from === undefined || filter.to === undefined)) return [];
  // A loop, not Math.min(...ends): spreading a large feed's cells overflows the stack.
  let [earliest, latest] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const c of fits) {
    if (c.end < earliest) earliest = c.end;
    if (c.end > latest) latest = c.end;
  }
  const first = filter?.from ?? fromDayNumber(earliest);
  const last = filter?.to ?? fromDayNumber(latest);
  const byBucket = groupBy(fits, (c) => key(c.end));
  return bucketsBetween(first, last, by).map((p) => point(p, byBucket.get(p.text) ?? []));
}
