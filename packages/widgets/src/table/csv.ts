import type { TableData } from './table-data.js';

/** Spreadsheet formula prefixes: a cell starting with one is neutralised (CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV of a table: column keys as header, raw values (not localized) as cells. */
export function toCsv(table: TableData): string {
  const lines = [table.columns.map((c) => csvField(c.key)).join(',')];
  for (const row of table.rows) lines.push(row.map((c) => csvField(c.raw)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name from the caption: 'Taux d’atteinte' → 'taux-d-atteinte.csv'. */
export function csvFileName(caption: string): string {
  const slug = caption
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'prim-data'}.csv`;
}

/** Saves the table as a CSV file through a temporary object URL (no inline script, CSP-safe). */
export function downloadCsv(table: TableData, doc: Document = document): void {
  const blob = new Blob(['\ufeff', toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = csvFileName(table.caption);
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
