import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { ChartLookup } from './render-table.js';
import type { TableData } from './table-data.js';

/**
 * The table code (markup and downloads), loaded when a reader first opens a folded table:
 * a chart's first draw neither downloads nor builds its rows.
 */
const tableCode = () => import('./render-table.js');
type TableCode = Awaited<ReturnType<typeof tableCode>>;
let code: TableCode | undefined;
let failed = false;

/** Whether a folded table is open, and how to re-render its element once its code is here. */
export interface Folding {
  readonly open: boolean;
  /** Called on every toggle, and again when the table code has arrived (or failed). */
  readonly changed: (open: boolean) => void;
}

/**
 * The table behind a chart, folded under it as the chart's full text alternative, with the
 * downloads: CSV, and SVG and PNG of the chart when there is one. Its rows are built only
 * while it is open.
 */
export function renderTableDetails(
  table: TableData,
  msgs: Messages,
  folding: Folding,
  chart?: ChartLookup,
): TemplateResult {
  const toggle = (event: Event) => {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    folding.changed(open);
    if (open && !code) {
      failed = false;
      tableCode()
        .then((loaded) => (code = loaded))
        .catch(() => (failed = true))
        .finally(() => folding.changed(open));
    }
  };
  const content = !folding.open
    ? nothing
    : code
      ? code.renderTable(table, msgs, { download: true, ...(chart ? { chart } : {}) })
      : failed
        ? html`<p class="error" role="alert">${msgs.errorTitle}</p>`
        : html`<p class="loading" role="status">${msgs.loading}</p>`;
  return html`<details part="details" ?open=${folding.open} @toggle=${toggle}>
    <summary>${msgs.dataTable}</summary>
    ${content}
  </details>`;
}
