import { html, type TemplateResult } from 'lit';
import type { SeriesPoint } from '@prim/indicators';
import { valueText } from '@prim/indicators/present';
import type { ViewContext } from './context.js';
import { sourceLinks } from './uncertainty.js';

/**
 * The reported values of a stock over time, each with its sources and caveats; a value is
 * written as every surface writes it ('≥ 27', '≈ 20').
 */
export function historyTable(
  ctx: ViewContext,
  caption: string,
  points: readonly SeriesPoint[],
): TemplateResult {
  const { m, f } = ctx;
  return html`<table class="data">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${m.columns.period}</th>
        <th scope="col">${m.columns.value}</th>
        <th scope="col">${m.columns.source}</th>
      </tr>
    </thead>
    <tbody>
      ${points.map(
        (p) =>
          html`<tr>
            <th scope="row">${f.period(p.period)}</th>
            <td class="num">
              ${valueText(p, f.fmt)}
              ${p.synthetic ? html`<span class="badge badge-synthetic">${m.synthetic}</span>` : ''}
            </td>
            <td>${sourceLinks(ctx, p.sources)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
