/**
 * Per-feed lookups built once: feeds are treated as immutable values, so a WeakMap keyed by
 * the feed object lets every computation share the parsed periods and cells.
 */
import { parsePeriod } from '../periods/period.js';
import { dayNumber } from '../periods/calendar-date.js';
import type { Feed, Indicator, Observation } from '../schema/types.js';
import { type Cell, CellMaker, type Place } from './cells.js';

export interface FeedContext {
  readonly feed: Feed;
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** Cells of every observation, by indicator id, in feed order. */
  readonly cells: ReadonlyMap<string, readonly Cell[]>;
  /** Every place of the feed's observations, by key. */
  readonly places: ReadonlyMap<string, Place>;
  /** The number of distinct spans of the feed's cells: every span id is below it. */
  readonly spanCount: number;
  /** The last day of the latest period of each indicator. */
  readonly lastEnd: ReadonlyMap<string, number>;
  /** Selections of cells already made (see selectCells), by indicator, date and filter. */
  readonly selections: Map<string, readonly Cell[]>;
  /** Day number of each source's date (its period's end); absent when undated. */
  readonly sourceDay: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Feed, FeedContext>();

export function contextOf(feed: Feed): FeedContext {
  const hit = cache.get(feed);
  if (hit) return hit;
  const maker = new CellMaker(feed);
  const cells = new Map<string, Cell[]>();
  const observations = feed.observations;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    const list = cells.get(o.indicator);
    if (list) list.push(maker.make(o, i));
    else cells.set(o.indicator, [maker.make(o, i)]);
  }
  const lastEnd = new Map<string, number>();
  for (const [id, list] of cells) {
    let last = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < list.length; i++) last = Math.max(last, (list[i] as Cell).end);
    lastEnd.set(id, last);
    Object.freeze(list);
  }
  const sourceDay = new Map<string, number>();
  for (const s of feed.sources) {
    const p = s.date === undefined ? undefined : parsePeriod(s.date);
    if (p) sourceDay.set(s.id, dayNumber(p.end));
  }
  const ctx: FeedContext = {
    feed,
    indicators: new Map(feed.indicators.map((i) => [i.id, i])),
    cells,
    places: maker.places,
    spanCount: maker.spanCount,
    lastEnd,
    selections: new Map(),
    sourceDay,
  };
  cache.set(feed, ctx);
  return ctx;
}
