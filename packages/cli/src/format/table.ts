/** Plain-text tables for terminals: padded columns, numbers aligned right. */

export interface Column {
  readonly header: string;
  /** Numbers read best right-aligned. */
  readonly align?: 'left' | 'right';
}

/** Width in code points, so that 'é' or an Arabic letter counts once. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Cuts a long cell (a name from a feed) so that the table stays readable. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** Renders header, a rule and the rows; every line ends with '\n', without trailing spaces. */
export function renderTable(
  columns: readonly Column[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const widths = columns.map((col, i) =>
    Math.max(width(col.header), ...rows.map((row) => width(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((col, i) => pad(cells[i] ?? '', widths[i] ?? 0, col.align ?? 'left'))
      .join('  ')
      .trimEnd() + '\n';
  const rule = widths.map((w) => '-'.repeat(w)).join('  ') + '\n';
  return line(columns.map((c) => c.header)) + rule + rows.map(line).join('');
}
