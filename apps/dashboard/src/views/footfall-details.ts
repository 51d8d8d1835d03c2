import { footfall } from '@prim/indicators';
import { html, nothing, type TemplateResult } from 'lit';
import { barTable } from './bar-table.js';
import { communeName, type ViewContext } from './context.js';
import { footfallWidget } from './widgets.js';

/**
 * Footfall charts (prim-footfall: by month stacked by profile and by sex; with several
 * communes, by commune and one small chart per commune), and the communes as links to their
 * own page, which the widget cannot offer. The widgets say the data is synthetic.
 */
export function footfallDetails(
  ctx: ViewContext,
  options: { readonly communes: boolean },
): TemplateResult | typeof nothing {
  const s = footfall(ctx.feed, ctx.options);
  if (s.total.count === 0) return nothing;
  const { m } = ctx;
  const communeHref = (id: string) => {
    const region = ctx.feed.dimensions.commune?.find((c) => c.id === id)?.region;
    return ctx.href({ page: 'region', commune: id, ...(region ? { region } : {}) });
  };
  const communes = options.communes && s.byCommune.length > 1;
  return html`<section class="footfall" aria-label=${m.footfall}>
    <div class="widgets">
      ${footfallWidget(ctx, 'profile')} ${footfallWidget(ctx, 'sex')}
      ${communes ? footfallWidget(ctx, 'commune') : nothing}
    </div>
    ${
      communes
        ? html`<div class="widgets widgets-wide">
              ${footfallWidget(ctx, 'none', 'small-multiples')}
            </div>
            ${barTable(
              ctx,
              m.communePages,
              [m.columns.commune, m.peopleReceived],
              s.byCommune.map((r) => ({
                label: communeName(ctx, r.key),
                value: r.value,
                href: communeHref(r.key),
              })),
              'communes',
            )}`
        : nothing
    }
  </section>`;
}
