import type { Feed } from '../schema/types.js';
import { qualityFlags } from './flags/index.js';
import { parity } from './parity.js';
import { progress } from './progress.js';
import type { ComputeOptions, IndicatorsReport } from './results.js';
import { asOfOf, selectCells } from './select.js';

/**
 * Everything at once, as `prim indicators --json` prints it: the progress of every
 * indicator (`synthetic` when any of its observations is), parity per activity, and every
 * data-quality flag.
 */
export function computeIndicators(feed: Feed, options?: ComputeOptions): IndicatorsReport {
  return {
    asOf: asOfOf(feed, options),
    indicators: feed.indicators.map((ind) => {
      const p = progress(feed, ind.id, options);
      const synthetic =
        p.synthetic ||
        selectCells(feed, ind.id, options, true).some((c) => c.obs.synthetic === true);
      return { ...p, id: ind.id, synthetic };
    }),
    parity: parity(feed, options),
    flags: qualityFlags(feed, options),
  };
}
