/** Picks an indicator's observations by filter and as-of date. */
import { type CalendarDate, dayNumber } from '../periods/calendar-date.js';
import type { Feed } from '../schema/types.js';
import type { Cell } from './cells.js';
import { DIMENSIONS } from './cells.js';
import { contextOf } from './context.js';
import type { ComputeOptions, Filter } from './results.js';

/** The date computations are made at: the option, else the feed's `asOf`. */
export function asOfOf(feed: Feed, options?: ComputeOptions): CalendarDate {
  return options?.asOf ?? feed.asOf;
}

/** True when the cell passes every set field of the filter (regions implied by places count). */
export function matchesFilter(cell: Cell, filter: Filter | undefined): boolean {
  if (!filter) return true;
  for (const d of DIMENSIONS) {
    const want = filter[d];
    if (want !== undefined && cell.values[d] !== want) return false;
  }
  if (filter.from !== undefined && cell.start < dayNumber(filter.from)) return false;
  if (filter.to !== undefined && cell.end > dayNumber(filter.to)) return false;
  return true;
}

/**
 * The indicator's observations that pass the filter and whose period has ended by `asOf`
 * (a figure for a period not yet over is not used). With `ignoreAsOf`, later ones too.
 */
export function selectCells(
  feed: Feed,
  indicator: string,
  options?: ComputeOptions,
  ignoreAsOf = false,
): Cell[] {
  const all = contextOf(feed).cells.get(indicator) ?? [];
  const asOf = dayNumber(asOfOf(feed, options));
  return all.filter((c) => (ignoreAsOf || c.end <= asOf) && matchesFilter(c, options?.filter));
}
