import { parseFeed, type Feed, type FeedIssue, type ParseResult } from '@prim/indicators';
import { LoadError } from './load-error.js';
import type { LoadedFeed } from './load-feed.js';
import { modelReader } from './model-reader.js';

/*
 * What turns a raw feed into an element's data: in the validator and model chunk, since
 * only raw feeds need it.
 */

/** A parse result as an element's loaded feed, or the LoadError of an unusable feed. */
export function fromResult(result: ParseResult): LoadedFeed {
  const loaded = (feed: Feed, errors: readonly FeedIssue[]): LoadedFeed => ({
    feed,
    errors,
    read: modelReader(feed),
    published: false,
  });
  if (result.ok) return loaded(result.feed, []);
  // A partial feed still renders its good part; the errors are shown beside it.
  if (result.partial) return loaded(result.partial, result.errors);
  throw new LoadError('feed', result.errors[0]?.message ?? 'invalid feed', {
    issues: result.errors,
  });
}

/**
 * One validation per feed object: a dashboard hands the same object to all its widgets,
 * and sharing the parsed feed also shares the model's per-feed lookups.
 */
const parsedObjects = new WeakMap<object, ParseResult>();

/** A `feed` property (object or JSON text), validated once per object. */
export function parseObject(feed: unknown): ParseResult {
  if (typeof feed !== 'object' || feed === null) return parseFeed(feed);
  let result = parsedObjects.get(feed);
  if (!result) {
    result = parseFeed(feed);
    parsedObjects.set(feed, result);
  }
  return result;
}
