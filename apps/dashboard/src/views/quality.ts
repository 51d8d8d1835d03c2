import { qualityFlags, type Flag, type FlagCode } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';
import { flagSentence } from './flag-text.js';
import { sourceLinks } from './uncertainty.js';

/** Flags listed openly per code; the rest of a long group is folded (and not printed). */
const SHOWN = 8;

function grouped(flags: readonly Flag[]): Map<FlagCode, Flag[]> {
  const groups = new Map<FlagCode, Flag[]>();
  for (const flag of flags) groups.set(flag.code, [...(groups.get(flag.code) ?? []), flag]);
  return groups;
}

/** The flag in the reader's language; the model's English message folded beneath it. */
function flagItem(ctx: ViewContext, flag: Flag): TemplateResult {
  return html`<li>
    <span class="flag-text">${flagSentence(ctx, flag)}</span>
    ${sourceLinks(ctx, flag.sources ?? [])}
    <details class="flag-original">
      <summary>${ctx.m.flagText.original}</summary>
      <p lang="en" dir="ltr">${flag.message}</p>
    </details>
  </li>`;
}

/** Data-quality flags grouped by code, each said in the reader's language. */
export function qualityView(ctx: ViewContext): TemplateResult {
  const { m, f } = ctx;
  const groups = [...grouped(qualityFlags(ctx.feed, ctx.options))];
  const item = (flag: Flag) => flagItem(ctx, flag);
  return html`<h2>${m.pages.quality}</h2>
    <p>${m.qualityIntro}</p>
    ${groups.length === 0 ? html`<p>${m.noFlags}</p>` : ''}
    ${groups.map(
      ([code, items]) =>
        html`<section class="flag-group" data-code=${code}>
          <h3>${m.flagCodes[code]} <span class="count">(${items.length})</span></h3>
          <ul>
            ${items.slice(0, SHOWN).map(item)}
          </ul>
          ${
            items.length > SHOWN
              ? html`<details>
                  <summary>
                    ${m.moreFlags(f.fmt.count(items.length - SHOWN, f.words.flags))}
                  </summary>
                  <ul>
                    ${items.slice(SHOWN).map(item)}
                  </ul>
                </details>`
              : ''
          }
        </section>`,
    )}`;
}
