import { fundCompletion, fundPipeline } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';
import { barTable } from './bar-table.js';
import { callName, regionName, type ViewContext } from './context.js';
import { fundCard } from './headlines.js';
import { historyTable } from './history-table.js';
import { sourceLinks } from './uncertainty.js';
import { indicatorWidget } from './widgets.js';

/** Component 1: completion against the 100-project objective, by region and per call. */
export function fundView(ctx: ViewContext): TemplateResult {
  const { m, f } = ctx;
  const p = fundCompletion(ctx.feed, ctx.options);
  const pipeline = fundPipeline(ctx.feed, ctx.options);
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
    <table class="data">
      <caption>
        ${m.pipeline}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.columns.call}</th>
          <th scope="col">${m.columns.region}</th>
          <th scope="col">${m.columns.applications}</th>
          <th scope="col">${m.columns.selected}</th>
          <th scope="col">${m.columns.funded}</th>
          <th scope="col">${m.columns.budget}</th>
          <th scope="col">${m.columns.source}</th>
        </tr>
      </thead>
      <tbody>
        ${pipeline.map(
          (row) =>
            html`<tr>
              <th scope="row">${callName(ctx, row.call)}</th>
              <td>${row.region ? regionName(ctx, row.region) : '—'}</td>
              <td class="num">${f.num(row.applications)}</td>
              <td class="num">${f.num(row.selected)}</td>
              <td class="num">${f.num(row.funded)}</td>
              <td class="num">
                ${
                  row.budgets.length === 0
                    ? '—'
                    : row.budgets
                        .map((b) =>
                          new Intl.NumberFormat(f.locale, {
                            style: 'currency',
                            currency: b.currency,
                            maximumFractionDigits: 0,
                          }).format(b.amount),
                        )
                        .join(' + ')
                }
              </td>
              <td>${sourceLinks(ctx, row.sources)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}
