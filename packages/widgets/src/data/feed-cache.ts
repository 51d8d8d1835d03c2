import { sha256Hex, type ParseResult, type PublishedViews } from '@prim/indicators';
import { checkPublishedViews } from './check-published-views.js';
import { LoadError } from './load-error.js';
import { loadModel } from './load-model.js';

/**
 * One download per URL per page: every widget pointing at the same `src` shares the same
 * promise, so a dashboard of ten widgets downloads its feed once, and validates it once.
 */
const bytesByUrl = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const parsedByUrl = new Map<string, Promise<ParseResult>>();
const viewsByUrl = new Map<string, Promise<PublishedViews | undefined>>();
const hashByUrl = new Map<string, Promise<string | undefined>>();

/**
 * A server that has not begun to answer after this long is reported as unreachable, rather
 * than leaving the widget loading for as long as the browser keeps the request open. Only
 * the wait for the response's headers is bounded: a slow but arriving feed is not cut off.
 */
export const FEED_HEADERS_TIMEOUT_MS = 15_000;

/** The promise kept for `key`, made once; a failure is forgotten so a later widget retries. */
function once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = make();
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

async function download(url: string): Promise<Uint8Array<ArrayBuffer>> {
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
  try {
    // Bytes, not response.json(): the published views name the hash of these exact bytes,
    // static hosts often serve JSON as text/plain, and parseFeed reports invalid JSON with a
    // path like any other feed error.
    return new Uint8Array(await response.arrayBuffer());
  } catch (cause) {
    // The connection broke while the body was arriving.
    throw new LoadError('network', url, { cause });
  }
}

/** The bytes at an absolute URL, downloaded at most once. */
export function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  return once(bytesByUrl, url, () => download(url));
}

/** UTF-8 text, as `response.text()` decodes it (a leading BOM dropped). */
export const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** The parsed feed at `src` (resolved against the page's base URL), fetched at most once. */
export function fetchFeed(src: string, base: string = document.baseURI): Promise<ParseResult> {
  const url = new URL(src, base).href;
  return once(parsedByUrl, url, async () => {
    // The feed and the validator download side by side.
    const [bytes, model] = await Promise.all([fetchBytes(url), loadModel()]);
    return model.parseFeed(utf8(bytes));
  });
}

/** Published views that were looked for and not used: said once, in the console. */
export const warnViews = (url: string, why: unknown) =>
  console.warn(`prim: published views ${url} not used (${String(why)}); computing from the feed.`);

/**
 * The published views at `url`, checked structurally, or undefined when there are none or
 * they are unusable (`explicit`: the page named them, so their absence is worth a warning).
 * Never rejects: every failure means "compute from the feed".
 */
export function fetchViews(url: string, explicit: boolean): Promise<PublishedViews | undefined> {
  return once(viewsByUrl, url, async () => {
    let json: unknown;
    try {
      json = JSON.parse(utf8(await download(url)));
    } catch (error) {
      if (explicit || !(error instanceof LoadError && error.kind === 'http')) {
        warnViews(url, error);
      }
      return undefined;
    }
    const checked = checkPublishedViews(json);
    if (typeof checked === 'string') {
      warnViews(url, checked);
      return undefined;
    }
    return checked;
  });
}

/**
 * The views published for the feed at `feedUrl`, when they were computed from its exact
 * bytes; undefined otherwise (stale views are reported once as a warning). Rejects only
 * when the feed itself cannot be downloaded, with the error the reader should see.
 */
export async function matchingViews(
  feedUrl: string,
  viewsUrl: string,
  explicit: boolean,
): Promise<PublishedViews | undefined> {
  const pending = fetchViews(viewsUrl, explicit);
  const bytes = await fetchBytes(feedUrl);
  const views = await pending;
  if (!views) return undefined;
  // One hash per feed, however many elements (a dashboard's) check it.
  const hash = await once(hashByUrl, feedUrl, () => sha256Hex(bytes));
  if (hash === undefined) return undefined;
  if (hash === views.feedSha256) return views;
  // Said once per page, not once per element.
  if (!warnedStale.has(viewsUrl)) warnViews(viewsUrl, `computed from other bytes than ${feedUrl}`);
  warnedStale.add(viewsUrl);
  return undefined;
}

const warnedStale = new Set<string>();

/** Forgets every fetched feed and views (tests, or a page that knows a feed was republished). */
export function clearFeedCache(): void {
  bytesByUrl.clear();
  parsedByUrl.clear();
  viewsByUrl.clear();
  hashByUrl.clear();
  warnedStale.clear();
}
