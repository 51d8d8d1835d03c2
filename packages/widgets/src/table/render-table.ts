import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { downloadCsv } from './csv.js';
import type { TableData } from './table-data.js';

/**
 * An accessible table: caption, column headers, the first cell of each row as its row
 * header, numbers aligned to the end. It scrolls sideways inside a focusable region on
 * narrow screens instead of overflowing the page.
 */
export function renderTable(
  table: TableData,
  msgs: Messages,
  options: { download?: boolean } = {},
): TemplateResult {
  return html`<div class="table-scroll" role="region" tabindex="0" aria-label=${table.caption}>
      <table part="table">
        <caption>
          ${table.caption}
        </caption>
        <thead>
          <tr>
            ${table.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) =>
              html`<tr>
                ${row.map((cell, i) =>
                  i === 0
                    ? html`<th scope="row">${cell.text}</th>`
                    : html`<td class=${table.columns[i]?.numeric ? 'num' : ''}>${cell.text}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      options.download
        ? html`<div class="table-actions">
            <button type="button" part="download" @click=${() => downloadCsv(table)}>
              ${msgs.downloadCsv}
            </button>
          </div>`
        : nothing
    }`;
}

/** The table behind a chart, folded under it as the chart's full text alternative. */
export function renderTableDetails(table: TableData, msgs: Messages): TemplateResult {
  return html`<details part="details">
    <summary>${msgs.dataTable}</summary>
    ${renderTable(table, msgs, { download: true })}
  </details>`;
}
