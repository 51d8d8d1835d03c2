import { safeUrl, type Feed, type Source } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';

/**
 * The feed's sources for ids, in order, each document once: feeds often cite one document
 * under several ids (one per quoted figure), which would otherwise list its title four times.
 * Two sources are the same document when their titles and (safe) URLs are.
 */
export function uniqueSources(feed: Feed, ids: readonly string[]): Source[] {
  const seen = new Set<string>();
  const found: Source[] = [];
  for (const id of ids) {
    const source = feed.sources.find((s) => s.id === id);
    if (!source) continue;
    const key = `${source.title}\u0000${safeUrl(source.url) ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(source);
  }
  return found;
}

/**
 * Source titles separated by '; ', each a link when its URL is http(s). Each title is in a
 * <bdi>: a Latin title inside Arabic text keeps its own direction, so its parentheses and
 * punctuation do not mirror or jump to the other end.
 */
export function sourceLinks(sources: readonly Source[]): TemplateResult {
  return html`${sources.map((s, i) => {
    const url = safeUrl(s.url);
    return html`${i > 0 ? '; ' : ''}${
      url
        ? html`<a href=${url} rel="noopener noreferrer"><bdi>${s.title}</bdi></a>`
        : html`<bdi>${s.title}</bdi>`
    }`;
  })}`;
}
