/**
 * Results remembered per feed object and options. Feeds are treated as immutable values (see
 * context.ts), so the same question on the same feed has the same answer: a page with
 * twenty widgets on one feed, or one widget drawn again at a new width, asks the model the
 * same questions many times and should pay for each only once.
 */
import type { Feed } from '../schema/types.js';
import { DIMENSIONS } from './cells.js';
import type { ComputeOptions } from './results.js';

/** Distinct questions kept per feed and function; the oldest is forgotten first. */
const LIMIT = 256;

/** A stable text of everything in the options that can change a result. */
export function optionsKey(options: ComputeOptions | undefined): string {
  const f = options?.filter;
  const parts: Array<string | undefined> = [options?.asOf, f?.from, f?.to];
  for (const d of DIMENSIONS) parts.push(f?.[d]);
  return parts.map((p) => p ?? '').join('\u0000');
}

/**
 * `fn` remembered per feed and `key` of its other arguments. Results are frozen (shallowly)
 * because callers share them: a caller sorting a returned array in place would change what
 * the next caller sees.
 */
export function memoPerFeed<A extends unknown[], R extends object>(
  fn: (feed: Feed, ...args: A) => R,
  key: (...args: NoInfer<A>) => string,
): (feed: Feed, ...args: A) => R {
  const byFeed = new WeakMap<Feed, Map<string, R>>();
  return (feed, ...args) => {
    let cache = byFeed.get(feed);
    if (!cache) {
      cache = new Map();
      byFeed.set(feed, cache);
    }
    const k = key(...args);
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    const result = Object.freeze(fn(feed, ...args));
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(k, result);
    return result;
  };
}
