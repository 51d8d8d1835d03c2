/**
 * A link target from a feed, only when it is http(s): a `javascript:` URL in a feed's source
 * list must never become a clickable link on someone else's page.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
