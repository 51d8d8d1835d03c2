/**
 * The one URL guard for links taken from a feed (source links in the widgets, the
 * dashboard and the printable report): only http, https and mailto become links. A
 * `javascript:` or `data:` URL in a feed's source list must never become something a
 * reader can click on someone else's page.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL, normalised, when it is absolute and http(s) or mailto; else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
