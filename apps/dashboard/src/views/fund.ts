import { fundCompletion } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';
import { barTable } from './bar-table.js';
import { regionName, type ViewContext } from './context.js';
import { fundCard } from './headlines.js';
import { historyTable } from './history-table.js';
import { funnelWidget, indicatorWidget } from './widgets.js';

/**
 * Component 1: completion against the 100-project objective, by region (links to the region
 * pages) and its reported history with sources; then each call's funnel (prim-funnel).
 */
export function fundView(ctx: ViewContext): TemplateResult {
  const { m } = ctx;
  const p = fundCompletion(ctx.feed, ctx.options);
  return html`<h2>${m.components[1]}</h2>
    <div class="cards">${fundCard(ctx)} ${indicatorWidget(ctx, 'fund-completion')}</div>
    <div class="grid">
      ${barTable(
        ctx,
        m.byRegion,
        [m.columns.region, m.columns.funded],
        p.byRegion.map((r) => ({
          label: regionName(ctx, r.key),
          value: r.value,
          href: ctx.href({ page: 'region', region: r.key }),
        })),
      )}
      ${historyTable(ctx, m.history, p.series)}
    </div>
    <div class="widgets widgets-wide">${funnelWidget(ctx)}</div>`;
}
