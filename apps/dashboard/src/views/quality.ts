import { qualityFlags, type Flag, type FlagCode } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';
import { activityName, indicatorName, regionName, type ViewContext } from './context.js';
import { sourceLinks } from './uncertainty.js';

/** Flags listed openly per code; the rest of a long group is folded (and not printed). */
const SHOWN = 8;

function grouped(flags: readonly Flag[]): Map<FlagCode, Flag[]> {
  const groups = new Map<FlagCode, Flag[]>();
  for (const flag of flags) groups.set(flag.code, [...(groups.get(flag.code) ?? []), flag]);
  return groups;
}

function flagItem(ctx: ViewContext, flag: Flag): TemplateResult {
  const where = [
    flag.indicator ? indicatorName(ctx, flag.indicator) : '',
    flag.activity ? activityName(ctx, flag.activity) : '',
    flag.region ? regionName(ctx, flag.region) : '',
    flag.period ? ctx.f.period(flag.period) : '',
  ].filter(Boolean);
  return html`<li>
    <span lang="en" dir="ltr">${flag.message}</span>
    <span class="flag-where">${where.join(' · ')}</span>
    ${sourceLinks(ctx, flag.sources ?? [])}
  </li>`;
}

/** Data-quality flags grouped by code; messages are the model's (English) words. */
export function qualityView(ctx: ViewContext): TemplateResult {
  const { m } = ctx;
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
                  <summary>${m.moreFlags(items.length - SHOWN)}</summary>
                  <ul>
                    ${items.slice(SHOWN).map(item)}
                  </ul>
                </details>`
              : ''
          }
        </section>`,
    )}`;
}
