import type { Feed, Indicator } from '../schema/types.js';
import type { Cell } from './cells.js';
import { combine, emptyAggregate } from './combine.js';
import {
  type ConflictGroup,
  type Resolved,
  cumulativeConflicts,
  resolveConflicts,
} from './conflicts.js';
import { type FeedContext, contextOf } from './context.js';
import { byCoarseness, byRecency, pickDisjoint } from './disjoint.js';
import { memoPerFeed, optionsKey } from './memo.js';
import type { Aggregate, ComputeOptions } from './results.js';
import { selectCells } from './select.js';

/** For stocks, the latest figure of each place (same region, commune, sex, profile…). */
function latestPerPlace(items: readonly Resolved[]): Resolved[] {
  const latest = new Map<string, Resolved>();
  for (let i = 0; i < items.length; i++) {
    const r = items[i] as Resolved;
    const prev = latest.get(r.cell.key);
    const c = r.cell;
    if (!prev || c.end > prev.cell.end || (c.end === prev.cell.end && c.start > prev.cell.start)) {
      latest.set(c.key, r);
    }
  }
  return [...latest.values()];
}

/** The chosen observations behind an aggregate of already selected cells. */
export function chooseCells(
  ctx: FeedContext,
  indicator: Indicator,
  cells: readonly Cell[],
): { used: Resolved[]; conflicts: ConflictGroup[] } {
  const { resolved, conflicts } = resolveConflicts(ctx, cells);
  const all = [...conflicts, ...cumulativeConflicts(indicator, cells)];
  const used =
    indicator.aggregation === 'last'
      ? pickDisjoint(latestPerPlace(resolved), byRecency, true)
      : pickDisjoint(resolved, byCoarseness, false);
  used.sort((a, b) => a.cell.index - b.cell.index);
  return { used, conflicts: all };
}

/** Aggregates already selected cells of one indicator. */
export function aggregateCells(
  ctx: FeedContext,
  indicator: Indicator,
  cells: readonly Cell[],
): { aggregate: Aggregate; conflicts: ConflictGroup[]; used: Resolved[] } {
  const { used, conflicts } = chooseCells(ctx, indicator, cells);
  return { aggregate: combine(indicator, used), conflicts, used };
}

/**
 * One number for an indicator as of a date: a flow ('sum') summed over periods and places,
 * a stock ('last') as the latest figure of each place summed across places (never over
 * time), a ratio recomputed from summed parts. A total and its parts are never both
 * counted. An unknown indicator, like one without data, gives `value: undefined`.
 */
export const aggregate = memoPerFeed(
  function aggregate(feed: Feed, indicator: string, options?: ComputeOptions): Aggregate {
    const ctx = contextOf(feed);
    const ind = ctx.indicators.get(indicator);
    if (!ind) return emptyAggregate();
    return aggregateCells(ctx, ind, selectCells(feed, indicator, options)).aggregate;
  },
  (indicator, options?) => `${indicator}\u0001${optionsKey(options)}`,
);
