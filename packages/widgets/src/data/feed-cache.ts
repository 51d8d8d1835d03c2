import { parseFeed, type ParseResult } from '@prim/indicators';
import { LoadError } from './load-error.js';

/**
 * One fetch per feed URL per page: every widget pointing at the same `src` shares the same
 * promise, so a dashboard of ten widgets downloads its feed once.
 */
const cache = new Map<string, Promise<ParseResult>>();

/**
 * A server that has not begun to answer after this long is reported as unreachable, rather
 * than leaving the widget loading for as long as the browser keeps the request open. Only
 * the wait for the response's headers is bounded: a slow but arriving feed is not cut off.
 */
export const FEED_HEADERS_TIMEOUT_MS = 15_000;

async function download(url: string): Promise<ParseResult> {
  let response: Response;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FEED_HEADERS_TIMEOUT_MS);
  try {
    response = await fetch(url, { credentials: 'same-origin', signal: abort.signal });
  } catch (cause) {
    throw new LoadError('network', url, { cause });
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new LoadError('http', `${response.status} ${url}`);
  let text: string;
  try {
    // Parsed from text, not response.json(): static hosts often serve JSON as text/plain,
    // and parseFeed reports invalid JSON with a path like any other feed error.
    text = await response.text();
  } catch (cause) {
    // The connection broke while the body was arriving.
    throw new LoadError('network', url, { cause });
  }
  return parseFeed(text);
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
