import { parity } from '../compute/parity.js';
import { progress } from '../compute/progress.js';
import { stale } from '../compute/flags/stale.js';
import { series } from '../compute/series.js';
import { FOOTFALL_BY } from '../footfall/footfall-by.js';
import { footfallPanels, type FootfallPanels } from '../footfall/footfall-panels.js';
import type { Feed } from '../schema/types.js';
import { footfallKey, PUBLISHED_VIEWS_FORMAT, type PublishedViews } from './views-format.js';

/** The options the views are published for: the feed's own as-of date, no filter. */
const PUBLISHED_OPTIONS = { filter: {} } as const;

/**
 * Computes the published views of a valid feed. `feedSha256` is the hash of the bytes the
 * feed was parsed from (the caller reads them; this module has no I/O).
 */
export function publishViews(feed: Feed, feedSha256: string): PublishedViews {
  const options = PUBLISHED_OPTIONS;
  const { observations: _observations, ...rest } = feed;
  const ids = feed.indicators.map((i) => i.id);
  const footfall: Record<string, FootfallPanels> = {};
  for (const by of FOOTFALL_BY) {
    for (const multiples of [false, true]) {
      footfall[footfallKey(by, multiples)] = footfallPanels(feed, options, by, multiples);
    }
  }
  return {
    format: PUBLISHED_VIEWS_FORMAT,
    feedSha256,
    asOf: feed.asOf,
    head: { ...rest, observations: [] },
    progress: Object.fromEntries(ids.map((id) => [id, progress(feed, id, options)])),
    series: Object.fromEntries(ids.map((id) => [id, series(feed, id, options)])),
    parity: parity(feed, options),
    stale: stale(feed, options),
    footfall,
  };
}
