import type { Feed, FeedIssue } from '@prim/indicators';
import { fetchFeed, matchingViews, type ViewsPlace } from './feed-cache.js';
import type { FeedReader } from './feed-reader.js';
import { LoadError } from './load-error.js';
import { loadModel } from './load-model.js';
import { publishedReader } from './published-reader.js';

/** A usable feed, with the errors of the parts that were dropped when it is partial. */
export interface LoadedFeed {
  /** The feed; from published views, its head only (no observations). */
  readonly feed: Feed;
  readonly errors: readonly FeedIssue[];
  /** Where the element's readings come from. */
  readonly read: FeedReader;
  /** True when `read` answers from published views (and may throw `Unpublished`). */
  readonly published: boolean;
}

/** Where a widget's data comes from, in order of precedence. */
export interface FeedSource {
  /** The `feed` property: a parsed object or JSON text, validated like any other feed. */
  readonly feed?: unknown;
  /** The text of an inline `<script type="application/json">` child. */
  readonly inline?: string;
  readonly src?: string;
  /** The `views` attribute: the URL of the feed's published views. */
  readonly views?: string;
  /** The element can draw from published views (false: always compute from the feed). */
  readonly fast?: boolean;
  /** The part of the published views the element draws from (`viewsParts`). */
  readonly part?: string;
}

/**
 * Where to look for a feed's published views: the URL named by `views`; or, by convention
 * beside a feed named `*.feed.json`, the element's part (`prim.feed.json`, 'base' →
 * `prim.views.base.json`), then the whole views (`prim.views.json`, all an earlier
 * `prim publish` wrote), query kept. `views="none"` looks for none (a feed never published
 * saves its page the requests).
 */
export function viewsPlaces(
  src: string,
  views: string | undefined,
  base: string,
  part?: string,
): ViewsPlace[] {
  if (views === 'none') return [];
  if (views) return [{ url: new URL(views, base).href, explicit: true }];
  const url = new URL(src, base);
  if (!url.pathname.endsWith('.feed.json')) return [];
  const stem = url.pathname.slice(0, -'.feed.json'.length);
  url.hash = '';
  const at = (pathname: string) => {
    url.pathname = pathname;
    return { url: url.href, explicit: false };
  };
  const whole = at(`${stem}.views.json`);
  return part ? [at(`${stem}.views.${part}.json`), whole] : [whole];
}

/**
 * Resolves a widget's feed from its property, inline JSON or URL; throws a LoadError. For a
 * URL with matching published views (and an element that can use them), answers from the
 * views without loading the validator or the model.
 */
export async function loadFeed(source: FeedSource): Promise<LoadedFeed> {
  if (source.feed !== undefined && source.feed !== null) {
    const model = await loadModel();
    return model.fromResult(model.parseObject(source.feed));
  }
  if (source.inline !== undefined && source.inline.trim() !== '') {
    const model = await loadModel();
    return model.fromResult(model.parseFeed(source.inline));
  }
  if (source.src) {
    const base = document.baseURI;
    const places = source.fast ? viewsPlaces(source.src, source.views, base, source.part) : [];
    if (places.length > 0) {
      const found = await matchingViews(new URL(source.src, base).href, places);
      if (found) {
        return { feed: found.head, errors: [], read: publishedReader(found), published: true };
      }
    }
    const result = await fetchFeed(source.src, base);
    return (await loadModel()).fromResult(result);
  }
  throw new LoadError('no-source', 'src, feed or <script type="application/json">');
}
