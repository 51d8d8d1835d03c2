import { safeUrl } from '@prim/indicators';
import { html, nothing, type TemplateResult } from 'lit';
import { sourceTitle } from '@prim/indicators/present';
import { titleOf } from '@prim/widgets';
import type { ViewContext } from './context.js';

/** Every source of the feed, with its verbatim quote; synthetic sources stand out. */
export function sourcesView(ctx: ViewContext): TemplateResult {
  const { m, f } = ctx;
  return html`<h2>${m.pages.sources}</h2>
    <p>${m.sourcesIntro}</p>
    <ol class="sources">
      ${ctx.feed.sources.map(
        (s) =>
          html`<li id="src-${s.id}" class=${s.kind === 'synthetic' ? 'source synthetic' : 'source'}>
            <p class="source-title">
              ${
                s.kind
                  ? html`<span class="badge ${s.kind === 'synthetic' ? 'badge-synthetic' : ''}"
                      >${m.sourceKinds[s.kind]}</span
                    >`
                  : nothing
              }
              <strong>${titleOf(sourceTitle(s, f.fmt))}</strong>
            </p>
            <p class="source-meta">
              ${s.publisher ? m.publishedBy(s.publisher) : ''}${s.publisher && s.date ? ' · ' : ''}${
                s.date ? f.period(s.date) : ''
              }
              ${
                safeUrl(s.url)
                  ? html` ·
                      <a href=${safeUrl(s.url)} rel="noopener noreferrer" target="_blank"
                        >${m.open}</a
                      >`
                  : nothing
              }
            </p>
            ${
              // lang="" (here and for the note): unknown, rather than the page's language, when the
              // feed does not say.
              s.quote
                ? html`<blockquote lang=${s.quoteLang ?? ''} dir="auto">${s.quote}</blockquote>`
                : nothing
            }
            ${
              s.note
                ? html`<p class="source-note" lang=${s.noteLang ?? ''} dir="auto">${s.note}</p>`
                : nothing
            }
          </li>`,
      )}
    </ol>`;
}
