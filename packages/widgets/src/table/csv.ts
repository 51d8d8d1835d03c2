import { fileNameOf, saveBlob } from '../download/save-blob.js';
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

/** Saves the table as a CSV file (with a BOM, so spreadsheets read it as UTF-8). */
export function downloadCsv(table: TableData, doc: Document = document): void {
  const blob = new Blob(['\ufeff', toCsv(table)], { type: 'text/csv;charset=utf-8' });
  saveBlob(blob, fileNameOf(table.caption, 'csv'), doc);
}
