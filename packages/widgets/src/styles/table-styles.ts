import { css } from 'lit';

export const tableStyles = css`
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
  th,
  td {
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-block-end-width: 2px;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .table-actions {
    margin-top: 0.5em;
  }
`;
