import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Cell, TableData } from './table-data.js';
import { titleOf } from '../base/source-links.js';

/** Loaded with the table code (table-code.ts), which adopts them. */
export { tableStyles } from '../styles/table-styles.js';
/** A table of observations: only `<prim-table>` builds one, with this code. */
export { observationTableOf } from '@prim/indicators/present';

/** The download code, loaded when a reader first asks for a file (see downloads.ts). */
const downloads = () => import('../download/downloads.js');
type Downloads = Awaited<ReturnType<typeof downloads>>;

/** Finds the chart a table stands behind, at click time (it may have re-rendered). */
export type ChartLookup = () => SVGSVGElement | null | undefined;

/** The chart of a widget (its `svg[part~="chart"]` or sparkline) in its render root. */
export const chartIn =
  (root: ParentNode): ChartLookup =>
  () =>
    root.querySelector<SVGSVGElement>('svg[part~="chart"], svg[part~="sparkline"]');

/** Download buttons: the table as CSV and, behind a chart, the chart as SVG and PNG. */
function renderDownloads(table: TableData, msgs: Messages, chart?: ChartLookup): TemplateResult {
  // A PNG needs `img-src blob:`; under a CSP without it the image never loads and the
  // button does nothing rather than throw an unhandled rejection into the page.
  const save = (run: (d: Downloads) => unknown) => () => {
    downloads()
      .then(run)
      .catch(() => undefined);
  };
  const withChart = (run: (d: Downloads, svg: SVGSVGElement, caption: string) => unknown) =>
    save((d) => {
      // The chart is looked up once the code is here: it may have re-rendered meanwhile.
      const svg = chart?.();
      return svg ? run(d, svg, table.caption) : undefined;
    });
  return html`<div class="table-actions">
    <button
      type="button"
      part="download"
      data-format="csv"
      @click=${save((d) => d.downloadCsv(table))}
    >
      ${msgs.downloadCsv}
    </button>
    ${
      chart
        ? html`<button
              type="button"
              part="download"
              data-format="svg"
              @click=${withChart((d, svg, caption) => d.downloadSvg(svg, caption))}
            >
              ${msgs.downloadSvg}
            </button>
            <button
              type="button"
              part="download"
              data-format="png"
              @click=${withChart((d, svg, caption) => d.downloadPng(svg, caption))}
            >
              ${msgs.downloadPng}
            </button>`
        : nothing
    }
  </div>`;
}

/**
 * A cell's words. Text in a language of its own (a source title) keeps its direction and
 * says its language, and its language mark follows in the reader's.
 */
function cellContent(cell: Cell): TemplateResult | string {
  return cell.lang === undefined && cell.mark === undefined ? cell.text : titleOf(cell);
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
                    ? html`<th scope="row">${cellContent(cell)}</th>`
                    : html`<td class=${table.columns[i]?.numeric ? 'num' : ''}>
                        ${cellContent(cell)}
                      </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${options.download ? renderDownloads(table, msgs, options.chart) : nothing}`;
}
