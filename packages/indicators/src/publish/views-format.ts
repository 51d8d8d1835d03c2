/**
 * The published-views sidecar format (`prim-views/1`): types and names only, no model code,
 * so that an element reading published views carries none of the model.
 */
import type { Flag, ParityResult, PipelineRow, Progress, SeriesPoint } from '../compute/results.js';
import type { TableObservation } from '../compute/table-observations.js';
import type { FootfallBy } from '../footfall/footfall-by.js';
import type { FootfallPanels } from '../footfall/footfall-panels.js';
import type { CalendarDate } from '../periods/calendar-date.js';
import type { Feed } from '../schema/types.js';

/** The format of a published-views sidecar; bumped whenever what it holds changes meaning. */
export const PUBLISHED_VIEWS_FORMAT = 'prim-views/1';

/** The feed without its observations: names, sources, indicators, thresholds, as-of. */
export type FeedHead = Feed;

/**
 * What the widgets show for one feed at its own as-of date, with no region or commune
 * filter, computed once by the model (`prim publish`, `pnpm build`): the readings, not
 * their words, so that every language and locale says them from the same numbers. An
 * element that finds here what it needs renders without the validator or the model.
 */
export interface PublishedViews {
  readonly format: typeof PUBLISHED_VIEWS_FORMAT;
  /** SHA-256 (lowercase hex) of the exact bytes of the feed these views were computed from. */
  readonly feedSha256: string;
  /** The date every reading is made at: the feed's `asOf`. */
  readonly asOf: CalendarDate;
  readonly head: FeedHead;
  /** `progress(feed, id)` for every indicator. */
  readonly progress: Readonly<Record<string, Progress>>;
  /** `series(feed, id)` (by period) for every indicator. */
  readonly series: Readonly<Record<string, readonly SeriesPoint[]>>;
  readonly parity: readonly ParityResult[];
  /** The 'stale' quality flags, for the widgets' stale-data notice. */
  readonly stale: readonly Flag[];
  /**
   * `footfallPanels` keyed by `footfallKey`: stacked by each `by`, and small multiples by
   * commune and none.
   */
  readonly footfall: Readonly<Record<string, FootfallPanels>>;
  /** `fundPipeline(feed)`: the fund's calls stage by stage. */
  readonly fundPipeline: readonly PipelineRow[];
  /**
   * `tableObservations(feed, id)` for every indicator, without their indicator and note:
   * what a table of observations lists. Absent from views published before it was added;
   * such a table computes from the feed.
   */
  readonly observations?: Readonly<Record<string, readonly TableObservation[]>>;
}

/** The key of one footfall view: 'profile', or 'commune/multiples' for small multiples. */
export function footfallKey(by: FootfallBy, smallMultiples: boolean): string {
  return smallMultiples ? `${by}/multiples` : by;
}

/** A sidecar's file name beside its feed: prim.feed.json → prim.views.json, x.json → x.views.json. */
export function viewsFileName(feedFileName: string): string {
  return feedFileName.endsWith('.feed.json')
    ? `${feedFileName.slice(0, -'.feed.json'.length)}.views.json`
    : `${feedFileName.replace(/\.json$/, '')}.views.json`;
}
