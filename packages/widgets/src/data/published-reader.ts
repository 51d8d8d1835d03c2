import { footfallKey, type ComputeOptions, type PublishedViews } from '@prim/indicators';
import { Unpublished, type FeedReader } from './feed-reader.js';

/** Own keys only: an indicator id such as 'constructor' must not read Object.prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T {
  if (!Object.hasOwn(record, key)) throw new Unpublished(key);
  return record[key] as T;
}

/**
 * Answers from published views, for exactly what they were computed for: the feed's own
 * as-of date and no filter. Anything else throws `Unpublished`.
 */
export function publishedReader(views: PublishedViews): FeedReader {
  const check = (options: ComputeOptions) => {
    if (options.asOf !== undefined && options.asOf !== views.asOf) {
      throw new Unpublished(options.asOf);
    }
    if (options.filter && Object.keys(options.filter).length > 0) {
      throw new Unpublished('filter');
    }
  };
  return {
    progress: (id, options) => (check(options), own(views.progress, id)),
    series: (id, options) => (check(options), own(views.series, id)),
    parity: (options) => (check(options), views.parity),
    stale: (options) => (check(options), views.stale),
    fundPipeline: (options) => (check(options), views.fundPipeline),
    // Views published before tables were: none, so the table computes from the feed.
    observations: (id, options) => (check(options), own(views.observations ?? {}, id)),
    footfall: (options, by, multiples) => {
      check(options);
      const key = footfallKey(by, multiples);
      return own(views.footfall, key);
    },
  };
}
