import { PENDING_FEED_URL } from './feed-urls.js';

/**
 * A static Storybook has no server that can hold a request open, so the loading state is
 * shown by making `fetch` of one reserved URL return a promise that never settles. Every
 * other request goes to the real `fetch`.
 */
let held = false;

export function holdPendingFeed(): void {
  if (held) return;
  held = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  const pending = new URL(PENDING_FEED_URL, document.baseURI).href;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url, document.baseURI).href === pending) return new Promise<Response>(() => {});
    return realFetch(input, init);
  };
}
