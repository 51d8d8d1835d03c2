import type { Feed } from '../schema/types.js';
import { aggregateCells } from './aggregate.js';
import { contextOf } from './context.js';
import { groupBy } from './group.js';
import { memoPerFeed, optionsKey } from './memo.js';
import type { BreakdownRow, ComputeOptions, Dimension } from './results.js';
import { selectCells } from './select.js';
import { codeUnitOrder } from '../code-unit-order.js';

/** The feed's own order of a dimension's ids (activities and calls included). */
function declaredOrder(feed: Feed, dimension: Dimension): string[] {
  const d = feed.dimensions;
  const lists = {
    region: d.region,
    commune: d.commune,
    profile: d.profile,
    sex: d.sex ?? [{ id: 'female' }, { id: 'male' }],
    call: d.call,
    activity: feed.activities,
  } as const;
  return (lists[dimension] ?? []).map((x) => x.id);
}

/**
 * An indicator broken down by one dimension: one row per value that has data, in the
 * feed's order. Each row follows the same rules as `aggregate` with that value filtered,
 * so a row can be a reported total or the sum of its parts, never both.
 */
export const breakdown = memoPerFeed(breakdownOf, (indicator, dimension, options?) =>
  [indicator, dimension, optionsKey(options)].join('\u0001'),
);

function breakdownOf(
  feed: Feed,
  indicator: string,
  dimension: Dimension,
  options?: ComputeOptions,
): readonly BreakdownRow[] {
  const ctx = contextOf(feed);
  const ind = ctx.indicators.get(indicator);
  if (!ind) return [];
  const cells = selectCells(feed, indicator, options);
  const groups = groupBy(cells, (c) => c.values[dimension]);
  const order = declaredOrder(feed, dimension);
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || codeUnitOrder(a, b))
    .map((key) => ({ key, ...aggregateCells(ctx, ind, groups.get(key) ?? []).aggregate }));
}
