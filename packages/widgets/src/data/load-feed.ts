import type { Feed, FeedIssue } from '@prim/indicators';
import { fetchFeed, matchingViews } from './feed-cache.js';
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
}

/**
 * The published views for a feed URL: named by `views`, or by convention beside a feed
 * named `*.feed.json` (`prim.feed.json` → `prim.views.json`, query kept); `views="none"`
 * looks for none (a feed never published saves its page one 404).
 */
export function viewsUrlOf(
  src: string,
  views: string | undefined,
  base: string,
): { url: string; explicit: boolean } | undefined {
  if (views === 'none') return undefined;
  if (views) return { url: new URL(views, base).href, explicit: true };
  const url = new URL(src, base);
  if (!url.pathname.endsWith('.feed.json')) return undefined;
  url.pathname = `${url.pathname.slice(0, -'.feed.json'.length)}.views.json`;
  url.hash = '';
  return { url: url.href, explicit: false };
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
    const views = source.fast ? viewsUrlOf(source.src, source.views, base) : undefined;
    if (views) {
      const found = await matchingViews(new URL(source.src, base).href, views.url, views.explicit);
      if (found) {
        return { feed: found.head, errors: [], read: publishedReader(found), published: true };
      }
    }
    const result = await fetchFeed(source.src, base);
    return (await loadModel()).fromResult(result);
  }
  throw new LoadError('no-source', 'src, feed or <script type="application/json">');
}
