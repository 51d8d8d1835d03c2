import { parseFeed, type Feed, type FeedIssue, type ParseResult } from '@prim/indicators';

/** Where the feed on screen came from: only a URL can be restored from a shared link. */
export type FeedOrigin =
  | { readonly kind: 'builtin' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly name: string };

export interface LoadedFeed {
  readonly feed: Feed;
  readonly origin: FeedOrigin;
  readonly warnings: readonly FeedIssue[];
}

/** A feed that could not be used, with its JSON-path errors and the good part, if any. */
export interface RejectedFeed {
  readonly origin: FeedOrigin;
  readonly errors: readonly FeedIssue[];
  readonly warnings: readonly FeedIssue[];
  readonly partial?: Feed;
}

export type FeedOutcome =
  | { readonly ok: true; readonly loaded: LoadedFeed }
  | { readonly ok: false; readonly rejected: RejectedFeed };

/** The built-in PRIM feed, published next to the app by the build (see feeds-plugin.ts). */
export const BUILTIN_FEED_PATH = 'feeds/prim.feed.json';

export function builtinFeedUrl(base: string = document.baseURI): string {
  return new URL(BUILTIN_FEED_PATH, base).href;
}

function outcome(origin: FeedOrigin, result: ParseResult): FeedOutcome {
  if (result.ok)
    return { ok: true, loaded: { feed: result.feed, origin, warnings: result.warnings } };
  const { errors, warnings, partial } = result;
  return { ok: false, rejected: { origin, errors, warnings, ...(partial ? { partial } : {}) } };
}

const failure = (origin: FeedOrigin, code: string, message: string): FeedOutcome => ({
  ok: false,
  rejected: { origin, errors: [{ path: '$', code, message }], warnings: [] },
});

/** Downloads and validates a feed; network and HTTP failures are reported like feed errors. */
export async function feedFromUrl(url: string | undefined): Promise<FeedOutcome> {
  const origin: FeedOrigin = url ? { kind: 'url', url } : { kind: 'builtin' };
  const href = url ? new URL(url, document.baseURI).href : builtinFeedUrl();
  let response: Response;
  try {
    response = await fetch(href);
  } catch (err) {
    return failure(
      origin,
      'network',
      `${href}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (!response.ok) return failure(origin, 'http', `${href}: HTTP ${response.status}`);
  return outcome(origin, parseFeed(await response.text()));
}

/** Validates a file the reader chose or dropped. */
export async function feedFromFile(file: File): Promise<FeedOutcome> {
  return outcome({ kind: 'file', name: file.name }, parseFeed(await file.text()));
}
