import { parseFeed, type ParseResult } from '@prim/indicators';
import { LoadError } from './load-error.js';

/**
 * One fetch per feed URL per page: every widget pointing at the same `src` shares the same
 * promise, so a dashboard of ten widgets downloads its feed once.
 */
const cache = new Map<string, Promise<ParseResult>>();

async function download(url: string): Promise<ParseResult> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (cause) {
    throw new LoadError('network', url, { cause });
  }
  if (!response.ok) throw new LoadError('http', `${response.status} ${url}`);
  // Parsed from text, not response.json(): static hosts often serve JSON as text/plain, and
  // parseFeed reports invalid JSON with a path like any other feed error.
  return parseFeed(await response.text());
}

/** The parsed feed at `src` (resolved against the page's base URL), fetched at most once. */
export function fetchFeed(src: string, base: string = document.baseURI): Promise<ParseResult> {
  const url = new URL(src, base).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = download(url);
    // A failed download is forgotten so that a later widget (or a retry) tries again.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/** Forgets every fetched feed (tests, or a page that knows a feed was republished). */
export function clearFeedCache(): void {
  cache.clear();
}
