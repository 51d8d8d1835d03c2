import { coverage } from '@prim/indicators';
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';
import { footfallDetails } from './footfall-details.js';
import { coverageCard, footfallCard, receptionCellsCard } from './headlines.js';
import { historyTable } from './history-table.js';
import { reportedHere } from './presence.js';

/** Component 2: BAOM coverage, Oriental reception cells, and footfall (synthetic). */
export function baomView(ctx: ViewContext): TemplateResult {
  const { m } = ctx;
  const cov = coverage(ctx.feed, ctx.options);
  return html`<h2>${m.components[2]}</h2>
    <div class="cards">${coverageCard(ctx)} ${receptionCellsCard(ctx)} ${footfallCard(ctx)}</div>
    ${
      reportedHere(ctx, cov.indicator)
        ? historyTable(ctx, `${m.coverage} — ${m.history}`, cov.series)
        : nothing
    }
    ${footfallDetails(ctx, { communes: !ctx.state.commune })}`;
}
