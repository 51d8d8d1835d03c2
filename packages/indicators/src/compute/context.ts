/**
 * Per-feed lookups built once: feeds are treated as immutable values, so a WeakMap keyed by
 * the feed object lets every computation share the parsed periods and cells.
 */
import { parsePeriod } from '../periods/period.js';
import { dayNumber } from '../periods/calendar-date.js';
import type { Feed, Indicator } from '../schema/types.js';
import { type Cell, impliedRegions, makeCell } from './cells.js';

export interface FeedContext {
  readonly feed: Feed;
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** Cells of every observation, by indicator id, in feed order. */
  readonly cells: ReadonlyMap<string, readonly Cell[]>;
  /** Day number of each source's date (its period's end); absent when undated. */
  readonly sourceDay: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Feed, FeedContext>();

export function contextOf(feed: Feed): FeedContext {
  const hit = cache.get(feed);
  if (hit) return hit;
  const regions = impliedRegions(feed);
  const periods = new Map();
  const cells = new Map<string, Cell[]>();
  feed.observations.forEach((o, i) => {
    const list = cells.get(o.indicator) ?? [];
    list.push(makeCell(o, i, regions, periods));
    cells.set(o.indicator, list);
  });
  const sourceDay = new Map<string, number>();
  for (const s of feed.sources) {
    const p = s.date === undefined ? undefined : parsePeriod(s.date);
    if (p) sourceDay.set(s.id, dayNumber(p.end));
  }
  const ctx: FeedContext = {
    feed,
    indicators: new Map(feed.indicators.map((i) => [i.id, i])),
    cells,
    sourceDay,
  };
  cache.set(feed, ctx);
  return ctx;
}
