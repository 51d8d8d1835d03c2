import type { ParityResult } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';
import { parityWordsFor } from '@prim/indicators/present';
import { activityName, type ViewContext } from './context.js';
import { caveats } from './uncertainty.js';

/** One row per activity: counts, share of women against the threshold, GPI and basis. */
export function parityTable(ctx: ViewContext, rows: readonly ParityResult[]): TemplateResult {
  const { m, f } = ctx;
  return html`<table class="data parity">
    <caption>
      ${m.parityByActivity}
    </caption>
    <thead>
      <tr>
        <th scope="col">${m.columns.activity}</th>
        <th scope="col">${m.columns.women}</th>
        <th scope="col">${m.columns.men}</th>
        <th scope="col">${m.columns.total}</th>
        <th scope="col">${m.columns.shareWomen}</th>
        <th scope="col">${m.columns.gpi}</th>
        <th scope="col">${m.columns.status}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr data-activity=${r.activity}>
            <th scope="row">${activityName(ctx, r.activity)}</th>
            <td class="num">${f.num(r.women)}</td>
            <td class="num">${f.num(r.men)}</td>
            <td class="num">${f.num(r.total)}</td>
            <td class="num">${f.pct(r.shareWomen)} <small>(${m.basis[r.basis]})</small></td>
            <td class="num">${f.num(r.gpi, 2)}</td>
            <td>
              <span class="status status-${r.status}"
                >${parityWordsFor(ctx.f.lang).parityStatus[r.status]}</span
              >
              ${r.status === 'unknown' ? html`<span class="badge badge-warn">${m.unknownSex}</span>` : ''}
              ${caveats(ctx, r)}
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
