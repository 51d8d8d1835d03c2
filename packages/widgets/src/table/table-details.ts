import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { TableData } from './table-data.js';
import { loadTableCode, tableCode, withTableCode } from './table-code.js';

/** Whether a folded table is open, and how to re-render its element once its code is here. */
export interface Folding {
  readonly open: boolean;
  /** Called on every toggle, and again when the table code has arrived (or failed). */
  readonly changed: (open: boolean) => void;
  /** The element's render root, which adopts the table's styles with its code. */
  readonly root: HTMLElement | DocumentFragment;
}

const renderOpen = (table: TableData, msgs: Messages, folding: Folding, hasChart: boolean) =>
  withTableCode(folding.root, msgs, (code) =>
    code.renderTable(table, msgs, {
      download: true,
      ...(hasChart ? { chart: code.chartIn(folding.root) } : {}),
    }),
  );

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
    if (open && !tableCode()) void loadTableCode().then(() => folding.changed(open));
  };
  const content = folding.open ? renderOpen(table, msgs, folding, hasChart) : nothing;
  return html`<details part="details" ?open=${folding.open} @toggle=${toggle}>
    <summary>${msgs.dataTable}</summary>
    ${content}
  </details>`;
}
