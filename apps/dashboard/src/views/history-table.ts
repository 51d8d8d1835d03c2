import { html, type TemplateResult } from 'lit';
import type { SeriesPoint } from '@prim/indicators';
import type { ViewContext } from './context.js';
import { sourceLinks } from './uncertainty.js';

/** The reported values of a stock over time, each with its sources and caveats. */
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
              ${p.qualifier === 'at-least' ? `${m.atLeast} ` : ''}${
                p.qualifier === 'approximate' ? `${m.approximate} ` : ''
              }${f.num(p.value)}
              ${p.synthetic ? html`<span class="badge badge-synthetic">${m.synthetic}</span>` : ''}
            </td>
            <td>${sourceLinks(ctx, p.sources)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
