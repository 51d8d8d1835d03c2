import { css } from 'lit';

/**
 * Tables and their download buttons, adopted with the table's code (table-code.ts): by a
 * chart's folded table when it is first opened, by `<prim-table>` when it first draws.
 */
export const tableStyles = css`
  button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  @media print {
    button {
      display: none;
    }
  }
  /* A wide table scrolls sideways inside its focusable region instead of squeezing. */
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  /*
   * The frame breaks long feed words anywhere so text never overflows it; inside a table
   * that splits words letter by letter ('Don/nées'). Cells break between words only, and
   * the table grows wider than the widget, into the scrolling region.
   */
  th,
  td {
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: normal;
    word-break: normal;
  }
  /*
   * Text cells keep a readable measure: a phone scrolls to the columns on the right
   * rather than stacking one word per line in every column.
   */
  td:not(.num) {
    min-width: 10em;
  }
  tbody th {
    min-width: 8em;
  }
  thead th {
    border-block-end-width: 2px;
    white-space: nowrap;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .table-actions {
    margin-top: 0.5em;
  }
`;
