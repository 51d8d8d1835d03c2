import { qualityFlags, type Flag, type FlagCode } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';
import { activityName, indicatorName, regionName, type ViewContext } from './context.js';
import { sourceLinks } from './uncertainty.js';

function grouped(flags: readonly Flag[]): Map<FlagCode, Flag[]> {
  const groups = new Map<FlagCode, Flag[]>();
  for (const flag of flags) groups.set(flag.code, [...(groups.get(flag.code) ?? []), flag]);
  return groups;
}

/** Data-quality flags grouped by code; messages are the model's (English) words. */
export function qualityView(ctx: ViewContext): TemplateResult {
  const { m, f } = ctx;
  const flags = qualityFlags(ctx.feed, ctx.options);
  const groups = [...grouped(flags)];
  return html`<h2>${m.pages.quality}</h2>
    <p>${m.qualityIntro}</p>
    ${groups.length === 0 ? html`<p>${m.noFlags}</p>` : ''}
    ${groups.map(
      ([code, items]) =>
        html`<section class="flag-group" data-code=${code}>
          <h3>${m.flagCodes[code]} <span class="count">(${items.length})</span></h3>
          <ul>
            ${items.map(
              (flag) =>
                html`<li>
                  <span lang="en" dir="ltr">${flag.message}</span>
                  <span class="flag-where">
                    ${[
                      flag.indicator ? indicatorName(ctx, flag.indicator) : '',
                      flag.activity ? activityName(ctx, flag.activity) : '',
                      flag.region ? regionName(ctx, flag.region) : '',
                      flag.period ? f.period(flag.period) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  ${sourceLinks(ctx, flag.sources ?? [])}
                </li>`,
            )}
          </ul>
        </section>`,
    )}`;
}
