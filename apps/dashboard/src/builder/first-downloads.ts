import { viewsPlaces } from '@prim/widgets';
import { viewsPartOf, type WidgetSpec } from '../embed/widget-catalog.js';
import type { EmbedChoice } from './snippets.js';

/**
 * What the element downloads as soon as it is on the page, for a feed at the absolute URL
 * `feedUrl`: the feed, and the published views it looks for first (none when it computes
 * from the feed: with a region or commune filter, or a feed not named `*.feed.json`).
 * A snippet preloads them, so that they download beside the widgets' script rather than
 * after it: one round trip less before the chart, about half a second on a slow mobile network.
 */
export function firstDownloads(
  spec: WidgetSpec,
  attributes: EmbedChoice['attributes'],
  feedUrl: string,
): string[] {
  const attr = (name: string) => attributes.find(([k]) => k === name)?.[1] ?? '';
  if (attr('region') || attr('commune')) return [feedUrl];
  const part = viewsPartOf(spec, attr);
  const views = viewsPlaces(feedUrl, undefined, feedUrl, part ?? undefined)[0];
  return views ? [feedUrl, views.url] : [feedUrl];
}
