import { html, type TemplateResult } from 'lit';
import { regionName, type ViewContext } from './context.js';
import { regionSummary } from './region.js';

/** The regions side by side at the same date: same cards, same order. */
export function compareView(ctx: ViewContext): TemplateResult {
  return html`<h2>${ctx.m.compareTitle}</h2>
    <div class="compare">
      ${ctx.feed.dimensions.region.map(
        (r) =>
          html`<section class="compare-column" aria-label=${regionName(ctx, r.id)}>
            <h3>
              <a href=${ctx.href({ page: 'region', region: r.id })}>${regionName(ctx, r.id)}</a>
            </h3>
            ${regionSummary(ctx, r.id)}
          </section>`,
      )}
    </div>`;
}
