/** Picks an indicator's observations by filter and as-of date. */
import { type CalendarDate, dayNumber } from '../periods/calendar-date.js';
import type { Feed } from '../schema/types.js';
import type { Cell } from './cells.js';
import { DIMENSIONS } from './cells.js';
import { type FeedContext, contextOf } from './context.js';
import type { ComputeOptions, Filter } from './results.js';

/** The date computations are made at: the option, else the feed's `asOf`. */
export function asOfOf(feed: Feed, options?: ComputeOptions): CalendarDate {
  return options?.asOf ?? feed.asOf;
}

/** True when the filter lets every cell through. */
function isOpen(filter: Filter | undefined): boolean {
  if (!filter) return true;
  if (filter.from !== undefined || filter.to !== undefined) return false;
  return DIMENSIONS.every((d) => filter[d] === undefined);
}

/** Selections kept per feed; the oldest is forgotten first. */
const LIMIT = 256;

/**
 * The indicator's observations that pass the filter and whose period has ended by `asOf`
 * (a figure for a period not yet over is not used). With `ignoreAsOf`, later ones too.
 * The answer is shared (remembered per feed, and the whole list when nothing is left out):
 * never change it.
 */
export function selectCells(
  feed: Feed,
  indicator: string,
  options?: ComputeOptions,
  ignoreAsOf = false,
): readonly Cell[] {
  const ctx = contextOf(feed);
  const all = ctx.cells.get(indicator) ?? [];
  const filter = options?.filter;
  const asOf = ignoreAsOf ? Number.POSITIVE_INFINITY : dayNumber(asOfOf(feed, options));
  const open = isOpen(filter);
  if (open && asOf >= (ctx.lastEnd.get(indicator) ?? 0)) return all;
  const key = selectionKey(indicator, asOf, filter);
  const hit = ctx.selections.get(key);
  if (hit) return hit;
  const from = filter?.from === undefined ? undefined : dayNumber(filter.from);
  const to = filter?.to === undefined ? undefined : dayNumber(filter.to);
  const selected = all.filter(
    (c) =>
      c.end <= asOf &&
      (open ||
        ((from === undefined || c.start >= from) &&
          (to === undefined || c.end <= to) &&
          matchesPlace(c, filter))),
  );
  remember(ctx, key, Object.freeze(selected));
  return selected;
}

/** True when the cell has every place and breakdown the filter sets (implied regions count). */
function matchesPlace(cell: Cell, filter: Filter | undefined): boolean {
  if (!filter) return true;
  for (const d of DIMENSIONS) {
    const want = filter[d];
    if (want !== undefined && cell.values[d] !== want) return false;
  }
  return true;
}

function selectionKey(indicator: string, asOf: number, filter: Filter | undefined): string {
  const parts: Array<string | number | undefined> = [indicator, asOf, filter?.from, filter?.to];
  for (const d of DIMENSIONS) parts.push(filter?.[d]);
  return parts.map((p) => p ?? '').join('\u0000');
}

function remember(ctx: FeedContext, key: string, cells: readonly Cell[]): void {
  if (ctx.selections.size >= LIMIT) {
    ctx.selections.delete(ctx.selections.keys().next().value as string);
  }
  ctx.selections.set(key, cells);
}
