import { parseFeed, type Feed, type FeedIssue, type ParseResult } from '@prim/indicators';
import { fetchFeed } from './feed-cache.js';
import { LoadError } from './load-error.js';

/** A usable feed, with the errors of the parts that were dropped when it is partial. */
export interface LoadedFeed {
  readonly feed: Feed;
  readonly errors: readonly FeedIssue[];
}

/** Where a widget's data comes from, in order of precedence. */
export interface FeedSource {
  /** The `feed` property: a parsed object or JSON text, validated like any other feed. */
  readonly feed?: unknown;
  /** The text of an inline `<script type="application/json">` child. */
  readonly inline?: string;
  readonly src?: string;
}

function fromResult(result: ParseResult): LoadedFeed {
  if (result.ok) return { feed: result.feed, errors: [] };
  // A partial feed still renders its good part; the errors are shown beside it.
  if (result.partial) return { feed: result.partial, errors: result.errors };
  throw new LoadError('feed', result.errors[0]?.message ?? 'invalid feed', {
    issues: result.errors,
  });
}

/**
 * One validation per feed object: a dashboard hands the same object to all its widgets,
 * and sharing the parsed feed also shares the model's per-feed lookups.
 */
const parsedObjects = new WeakMap<object, ParseResult>();

function parseObject(feed: unknown): ParseResult {
  if (typeof feed !== 'object' || feed === null) return parseFeed(feed);
  let result = parsedObjects.get(feed);
  if (!result) {
    result = parseFeed(feed);
    parsedObjects.set(feed, result);
  }
  return result;
}

/** Resolves a widget's feed from its property, inline JSON or URL; throws a LoadError. */
export async function loadFeed(source: FeedSource): Promise<LoadedFeed> {
  if (source.feed !== undefined && source.feed !== null)
    return fromResult(parseObject(source.feed));
  if (source.inline !== undefined && source.inline.trim() !== '') {
    return fromResult(parseFeed(source.inline));
  }
  if (source.src) return fromResult(await fetchFeed(source.src));
  throw new LoadError('no-source', 'src, feed or <script type="application/json">');
}
