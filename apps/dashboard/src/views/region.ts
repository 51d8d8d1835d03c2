import { parity } from '@prim/indicators';
import { html, nothing, type TemplateResult } from 'lit';
import { communeName, regionName, type ViewContext } from './context.js';
import { footfallDetails } from './footfall-details.js';
import {
  coverageCard,
  footfallCard,
  fundCard,
  parityCard,
  receptionCellsCard,
} from './headlines.js';
import { parityTable } from './parity-table.js';

/** The same view narrowed to one region (and no commune): used by the comparison too. */
export function regionContext(ctx: ViewContext, region: string): ViewContext {
  const asOf = ctx.state.asOf ? { asOf: ctx.state.asOf } : {};
  return { ...ctx, options: { ...asOf, filter: { region } } };
}

/** A region's headline cards: only those of indicators the region reports. */
export function regionSummary(ctx: ViewContext, region: string): TemplateResult {
  const rctx = regionContext(ctx, region);
  return html`<div class="cards" data-region=${region}>
    ${fundCard(rctx)} ${coverageCard(rctx)} ${receptionCellsCard(rctx)} ${footfallCard(rctx)}
    ${parityCard(rctx)}
  </div>`;
}

/** The region's activities against parity, when it has any. */
function parityRows(ctx: ViewContext): TemplateResult | typeof nothing {
  const rows = parity(ctx.feed, ctx.options);
  return rows.length > 0 ? parityTable(ctx, rows) : nothing;
}

/** Pick a region, see its figures, drill down to a commune's footfall. */
export function regionView(ctx: ViewContext): TemplateResult {
  const { m, state } = ctx;
  const region = state.region;
  if (!region) {
    return html`<h2>${m.pages.region}</h2>
      <nav class="tiles">
        ${ctx.feed.dimensions.region.map(
          (r) =>
            html`<a class="tile tile-region" href=${ctx.href({ page: 'region', region: r.id })}
              >${regionName(ctx, r.id)}</a
            >`,
        )}
      </nav>`;
  }
  if (state.commune) {
    return html`<h2>${regionName(ctx, region)} › ${communeName(ctx, state.commune)}</h2>
      <p>
        <a href=${ctx.href({ page: 'region', region, commune: undefined })}>${m.backToRegion}</a>
      </p>
      <div class="cards">${footfallCard(ctx)}</div>
      ${footfallDetails(ctx, { communes: false })}`;
  }
  return html`<h2>${regionName(ctx, region)}</h2>
    ${regionSummary(ctx, region)} ${footfallDetails(ctx, { communes: true })} ${parityRows(ctx)}`;
}
