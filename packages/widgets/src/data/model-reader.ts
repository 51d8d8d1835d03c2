import {
  footfallPanels,
  fundPipeline,
  parity,
  progress,
  series,
  staleFlags,
  tableObservations,
  type Feed,
} from '@prim/indicators';
import type { FeedReader } from './feed-reader.js';

/** The model over a parsed feed: answers every question, at any date and filter. */
export function modelReader(feed: Feed): FeedReader {
  return {
    progress: (id, options) => progress(feed, id, options),
    series: (id, options) => series(feed, id, { ...options, by: 'period' }),
    parity: (options) => parity(feed, options),
    stale: (options) => staleFlags(feed, options),
    footfall: (options, by, multiples) => footfallPanels(feed, options, by, multiples),
    fundPipeline: (options) => fundPipeline(feed, options),
    observations: (id, options) => tableObservations(feed, id, options),
  };
}
