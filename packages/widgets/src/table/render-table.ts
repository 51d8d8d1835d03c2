import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { downloadCsv } from './csv.js';
import type { TableData } from './table-data.js';

/**
 * The SVG and PNG export code loads when a reader first asks for a file: it is not part of
 * what a page downloads to show a chart.
 */
const chartDownload = () => import('../download/chart-download.js');

/** Finds the chart a table stands behind, at click time (it may have re-rendered). */
export type ChartLookup = () => SVGSVGElement | null | undefined;

/** Download buttons: the table as CSV and, behind a chart, the chart as SVG and PNG. */
function renderDownloads(table: TableData, msgs: Messages, chart?: ChartLookup): TemplateResult {
  const withChart = (save: (svg: SVGSVGElement, caption: string) => unknown) => () => {
    const svg = chart?.();
    // A PNG needs `img-src blob:`; under a CSP without it the image never loads and the
    // button does nothing rather than throw an unhandled rejection into the page.
    if (svg) Promise.resolve(save(svg, table.caption)).catch(() => undefined);
  };
  return html`<div class="table-actions">
    <button type="button" part="download" data-format="csv" @click=${() => downloadCsv(table)}>
      ${msgs.downloadCsv}
    </button>
    ${
      chart
        ? html`<button
              type="button"
              part="download"
              data-format="svg"
              @click=${withChart(async (svg, caption) =>
                (await chartDownload()).downloadSvg(svg, caption),
              )}
            >
              ${msgs.downloadSvg}
            </button>
            <button
              type="button"
              part="download"
              data-format="png"
              @click=${withChart(async (svg, caption) =>
                (await chartDownload()).downloadPng(svg, caption),
              )}
            >
              ${msgs.downloadPng}
            </button>`
        : nothing
    }
  </div>`;
}

/**
 * An accessible table: caption, column headers, the first cell of each row as its row
 * header, numbers aligned to the end. It scrolls sideways inside a focusable region on
 * narrow screens instead of overflowing the page.
 */
export function renderTable(
  table: TableData,
  msgs: Messages,
  options: { download?: boolean; chart?: ChartLookup } = {},
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
    ${options.download ? renderDownloads(table, msgs, options.chart) : nothing}`;
}

/**
 * The table behind a chart, folded under it as the chart's full text alternative, with the
 * downloads: CSV, and SVG and PNG of the chart when there is one.
 */
export function renderTableDetails(
  table: TableData,
  msgs: Messages,
  chart?: ChartLookup,
): TemplateResult {
  return html`<details part="details">
    <summary>${msgs.dataTable}</summary>
    ${renderTable(table, msgs, { download: true, ...(chart ? { chart } : {}) })}
  </details>`;
}
