import { CSV_BOM, csvText } from '@prim/indicators';
import { fileNameOf, saveBlob } from '../download/save-blob.js';
import type { TableData } from './table-data.js';

/** RFC 4180 CSV of a table: column keys as header, raw values (not localized) as cells. */
export function toCsv(table: TableData): string {
  return csvText([table.columns.map((c) => c.key), ...table.rows.map((r) => r.map((c) => c.raw))]);
}

/** Saves the table as a CSV file (with a BOM, so spreadsheets read it as UTF-8). */
export function downloadCsv(table: TableData, doc: Document = document): void {
  const blob = new Blob([CSV_BOM, toCsv(table)], { type: 'text/csv;charset=utf-8' });
  saveBlob(blob, fileNameOf(table.caption, 'csv'), doc);
}
