import type { FeedOrigin } from './feed-source.js';

/**
 * The host a feed was loaded from when it is not this site's own: a link such as
 * `index.html#/overview?feed=https://elsewhere.example/x.json` shows someone else's
 * figures under PRIM's name, so every page that shows them names that host. A `data:` or
 * `blob:` URL has no host; its scheme is named instead.
 */
export function foreignHost(
  origin: FeedOrigin,
  base: string = document.baseURI,
): string | undefined {
  if (origin.kind !== 'url') return undefined;
  let url: URL;
  try {
    url = new URL(origin.url, base);
  } catch {
    return origin.url;
  }
  if (url.origin === new URL(base).origin) return undefined;
  return url.host || url.protocol.replace(/:$/, '');
}
