/// <reference types="vite/client" />
/**
 * Feed URLs the stories load with `src`, the way an embedded widget does. The built-in feed
 * is emitted by Vite as a static asset, so `src` works in the dev server, the static build
 * and the browser tests alike.
 */
import primFeedUrl from '../../packages/indicators/feeds/prim.feed.json?url';

/** The built-in PRIM feed (packages/indicators/feeds/prim.feed.json). */
export const PRIM_FEED_URL: string = primFeedUrl;

/** A URL nothing is served at: the error state of a bad `src`. */
export const MISSING_FEED_URL = 'missing/prim.feed.json';

/** A URL whose download never ends (see pending-fetch.ts): the loading state stays on screen. */
export const PENDING_FEED_URL = 'pending/prim.feed.json';
