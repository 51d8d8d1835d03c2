import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { renderError, renderLoading } from '../base/render-error.js';
import type { Messages } from '../i18n/messages.js';
import type { TableData } from './table-data.js';

/**
 * The table code (markup and downloads), loaded when a reader first opens a folded table:
 * a chart's first draw neither downloads nor builds its rows.
 */
const tableCode = () => import('./render-table.js');
type TableCode = Awaited<ReturnType<typeof tableCode>>;
let code: TableCode | undefined;
/** Why the table code could not be loaded (tried again on the next opening). */
let failure: unknown;

/** Whether a folded table is open, and how to re-render its element once its code is here. */
export interface Folding {
  readonly open: boolean;
  /** Called on every toggle, and again when the table code has arrived (or failed). */
  readonly changed: (open: boolean) => void;
  /** The element's render root, which adopts the table's styles with its code. */
  readonly root: HTMLElement | DocumentFragment;
}

/**
 * Adds the table's styles to a shadow root, once. Every browser the embed supports has
 * constructable style sheets (Lit's own path); without them the table is unstyled, not broken.
 */
function adopt(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function renderOpen(table: TableData, msgs: Messages, folding: Folding, hasChart: boolean) {
  if (!code) {
    return failure === undefined ? renderLoading(msgs) : renderError(failure, msgs);
  }
  adopt(folding.root, code.tableStyles);
  return code.renderTable(table, msgs, {
    download: true,
    ...(hasChart ? { chart: code.chartIn(folding.root) } : {}),
  });
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
  /** The element draws a chart: offer it as SVG and PNG downloads too. */
  hasChart: boolean,
): TemplateResult {
  const toggle = (event: Event) => {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    folding.changed(open);
    if (open && !code) {
      failure = undefined;
      tableCode()
        .then((loaded) => (code = loaded))
        .catch((error: unknown) => (failure = error ?? 'import'))
        .finally(() => folding.changed(open));
    }
  };
  const content = folding.open ? renderOpen(table, msgs, folding, hasChart) : nothing;
  return html`<details part="details" ?open=${folding.open} @toggle=${toggle}>
    <summary>${msgs.dataTable}</summary>
    ${content}
  </details>`;
}
