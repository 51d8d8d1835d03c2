import { parity } from '../compute/parity.js';
import { progress } from '../compute/progress.js';
import { stale } from '../compute/flags/stale.js';
import { fundPipeline } from '../compute/fund.js';
import { series } from '../compute/series.js';
import { tableObservations, type TableObservation } from '../compute/table-observations.js';
import { FOOTFALL_BY } from '../footfall/footfall-by.js';
import { footfallPanels, type FootfallPanels } from '../footfall/footfall-panels.js';
import type { FeedIssue } from '../parse/feed-issue.js';
import { parseFeed } from '../parse/parse-feed.js';
import type { Feed, Observation } from '../schema/types.js';
import { sha256Hex } from './sha256.js';
import { footfallKey, PUBLISHED_VIEWS_FORMAT, type PublishedViews } from './views-format.js';

const SMALL_MULTIPLES_BY = ['commune', 'none'] as const;

/** An observation as published for a table: its indicator is the key, its note not shown. */
function tableRow({ indicator: _, note: __, ...row }: Observation): TableObservation {
  return row;
}

/** The options the views are published for: the feed's own as-of date, no filter. */
const PUBLISHED_OPTIONS = { filter: {} } as const;

/**
 * Computes the published views of a valid feed. `feedSha256` is the hash of the bytes the
 * feed was parsed from (the caller reads them; this module has no I/O).
 */
export function publishViews(feed: Feed, feedSha256: string): PublishedViews {
  const options = PUBLISHED_OPTIONS;
  const ids = feed.indicators.map((i) => i.id);
  const footfall: Record<string, FootfallPanels> = {};
  for (const by of FOOTFALL_BY) {
    footfall[footfallKey(by, false)] = footfallPanels(feed, options, by, false);
  }
  // Small multiples by commune (or 'none': the same panels); by profile or sex they would
  // weigh 260 KB more for a rare layout, which the model draws instead.
  for (const by of SMALL_MULTIPLES_BY) {
    footfall[footfallKey(by, true)] = footfallPanels(feed, options, by, true);
  }
  return {
    format: PUBLISHED_VIEWS_FORMAT,
    feedSha256,
    asOf: feed.asOf,
    // The feed without its observations: what the elements name and cite.
    head: { ...feed, observations: [] },
    progress: Object.fromEntries(ids.map((id) => [id, progress(feed, id, options)])),
    series: Object.fromEntries(ids.map((id) => [id, series(feed, id, options)])),
    parity: parity(feed, options),
    stale: stale(feed, options),
    footfall,
    fundPipeline: fundPipeline(feed, options),
    observations: Object.fromEntries(
      ids.map((id) => [id, tableObservations(feed, id, options).map(tableRow)]),
    ),
  };
}

/** The views of a feed file, or why there are none: a feed must be valid to be published. */
export type PublishResult =
  | { readonly ok: true; readonly views: PublishedViews }
  | { readonly ok: false; readonly errors: readonly FeedIssue[] };

/**
 * Publishes the feed whose file holds exactly `bytes`: validates it (a partial feed is not
 * published: its widgets show what was dropped) and hashes the bytes, as a page will.
 */
export async function publishFeedBytes(bytes: Uint8Array<ArrayBuffer>): Promise<PublishResult> {
  // Decoded as browsers decode a fetched feed: UTF-8, a leading BOM dropped.
  const result = parseFeed(new TextDecoder().decode(bytes));
  if (!result.ok) return { ok: false, errors: result.errors };
  const hash = await sha256Hex(bytes);
  if (hash === undefined) throw new Error('Web Crypto (crypto.subtle) is not available');
  return { ok: true, views: publishViews(result.feed, hash) };
}
