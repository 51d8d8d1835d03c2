import { safeUrl, type Source } from '@prim/indicators';
import { sourceTitle, type Formatter, type SourceTitleView } from '@prim/indicators/present';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * A source title in a <bdi> that carries its language: a Latin title inside Arabic text keeps
 * its own direction, so its parentheses and punctuation do not mirror or jump to the other
 * end. A title in another language than the reader's is followed by its language's name,
 * outside the link when there is one (the mark is ours, not part of the title). A title
 * without a language has no `lang` (Lit removes an attribute bound to `nothing`).
 */
export function titleOf(
  title: SourceTitleView,
  link: (text: TemplateResult) => TemplateResult = (text) => text,
): TemplateResult {
  return html`${link(html`<bdi lang=${title.lang ?? nothing}>${title.text}</bdi>`)}${
    title.mark ? html` <span class="lang-mark">${title.mark}</span>` : nothing
  }`;
}

/**
 * Source titles separated by '; ', each in the reader's language when the feed has it, and a
 * link when its URL is http(s).
 */
export function sourceLinks(sources: readonly Source[], fmt: Formatter): TemplateResult {
  return html`${sources.map((s, i) => {
    const url = safeUrl(s.url);
    const link = (text: TemplateResult) =>
      html`<a href=${url} rel="noopener noreferrer">${text}</a>`;
    return html`${i > 0 ? '; ' : ''}${titleOf(sourceTitle(s, fmt), url ? link : undefined)}`;
  })}`;
}
