import { html, nothing, type TemplateResult } from 'lit';
import { changesView } from './changes.js';
import { regionName, type ViewContext } from './context.js';
import { coverageCard, footfallCard, fundCard, parityCard } from './headlines.js';
import { progressWidget } from './widgets.js';

/** The three headline indicators and BAOM coverage, then the ways in: components, regions. */
export function overviewView(ctx: ViewContext): TemplateResult {
  const { m } = ctx;
  return html`${ctx.earlier ? changesView(ctx, ctx.earlier) : nothing}
    <section aria-labelledby="headlines">
      <h2 id="headlines">${m.pages.overview}</h2>
      <div class="cards">
        ${fundCard(ctx)} ${footfallCard(ctx)} ${parityCard(ctx)} ${coverageCard(ctx)}
      </div>
      <div class="widgets">${progressWidget(ctx, 'fund-completion baom-coverage')}</div>
    </section>
    <nav class="tiles" aria-label=${m.pages.overview}>
      <a class="tile" href=${ctx.href({ page: 'fund' })}>${m.components[1]}</a>
      <a class="tile" href=${ctx.href({ page: 'baom' })}>${m.components[2]}</a>
      <a class="tile" href=${ctx.href({ page: 'gender' })}>${m.components[3]}</a>
      ${ctx.feed.dimensions.region.map(
        (r) =>
          html`<a class="tile tile-region" href=${ctx.href({ page: 'region', region: r.id })}
            >${regionName(ctx, r.id)}</a
          >`,
      )}
      <a class="tile" href=${ctx.href({ page: 'compare' })}>${m.pages.compare}</a>
    </nav>`;
}
