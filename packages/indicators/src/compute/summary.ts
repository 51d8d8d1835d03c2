import { spanOf } from './reading.js';
import { dayNumber } from '../periods/calendar-date.js';
import type { Feed } from '../schema/types.js';
import { qualityFlags } from './flags/index.js';
import { parity } from './parity.js';
import { progress } from './progress.js';
import type { ComputeOptions, IndicatorsReport, LaterFigures } from './results.js';
import { asOfOf, selectCells } from './select.js';

/**
 * Everything at once, as `prim indicators --json` prints it: the progress of every
 * indicator (`synthetic` when any of its observations is), parity per activity, and every
 * data-quality flag.
 */
export function computeIndicators(feed: Feed, options?: ComputeOptions): IndicatorsReport {
  const asOf = asOfOf(feed, options);
  return {
    asOf,
    later: laterFigures(feed, options),
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

/**
 * The observations a report at an earlier date than the feed's leaves out, per indicator:
 * a report as of D speaks only of D, and says what came later instead of using it.
 */
export function laterFigures(feed: Feed, options?: ComputeOptions): LaterFigures[] {
  const asOf = dayNumber(asOfOf(feed, options));
  return feed.indicators.flatMap((ind) => {
    const later = selectCells(feed, ind.id, options, true).filter((c) => c.end > asOf);
    if (later.length === 0) return [];
    const first = later.reduce((a, b) => (b.start < a.start ? b : a));
    const last = later.reduce((a, b) => (b.end > a.end ? b : a));
    return [
      {
        indicator: ind.id,
        count: later.length,
        span: spanOf(first.period.text, last.period.text),
      },
    ];
  });
}
