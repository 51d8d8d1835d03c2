/**
 * Writes tables as CSV (UTF-8 with a byte-order mark, so that Excel shows Arabic right;
 * every cell through the shared writer of @prim/indicators, which neutralises formulas)
 * or XLSX, streaming rows so that a generated million-row register is never held twice.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CSV_BOM, csvRow } from '@prim/indicators';
import ExcelJS from 'exceljs';

export interface TableWriter {
  write(cells: readonly (string | number)[]): Promise<void>;
  close(): Promise<void>;
}

export function formatOf(path: string): 'xlsx' | 'csv' | undefined {
  const lower = path.toLowerCase();
  return lower.endsWith('.xlsx') ? 'xlsx' : lower.endsWith('.csv') ? 'csv' : undefined;
}

/** A CSV writer to a file, or to `out` (standard output) when no path is given. */
export function csvWriter(path: string | undefined, out?: (text: string) => void): TableWriter {
  const sink = path !== undefined ? createWriteStream(path) : undefined;
  if (sink) sink.write(CSV_BOM);
  return {
    async write(cells) {
      const line = csvRow(cells);
      if (!sink) out?.(line);
      else if (!sink.write(line)) await once(sink, 'drain');
    },
    async close() {
      if (!sink) return;
      sink.end();
      await once(sink, 'finish');
    },
  };
}

/** An XLSX writer of one sheet, committing each row as it goes. */
export function xlsxWriter(path: string, sheetName: string): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet(sheetName);
  return {
    async write(cells) {
      sheet.addRow([...cells]).commit();
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
