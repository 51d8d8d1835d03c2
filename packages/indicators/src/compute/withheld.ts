import type { Feed } from '../schema/types.js';
import { memoPerFeed, optionsKey } from './memo.js';
import type { ComputeOptions } from './results.js';
import { selectCells } from './select.js';

/**
 * What was withheld, by period: the sum of the bounds of the suppressed (< k) counts the
 * options select. A month whose every count was withheld then reads '< 10', never 0 or
 * nothing; the sum may overstate (a withheld total and its withheld parts both count), which
 * keeps it a true upper bound.
 */
export const withheldByPeriod = memoPerFeed(
  function withheldByPeriod(
    feed: Feed,
    indicator: string,
    options?: ComputeOptions,
  ): Readonly<Record<string, number>> {
    const below: Record<string, number> = {};
    for (const c of selectCells(feed, indicator, options)) {
      const s = c.obs.suppressed;
      if (s) below[c.period.text] = (below[c.period.text] ?? 0) + s.below;
    }
    return below;
  },
  (indicator, options?) => `${indicator}\u0001${optionsKey(options)}`,
);
