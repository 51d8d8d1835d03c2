/**
 * Writes tables as CSV (UTF-8 with a byte-order mark, so that Excel shows Arabic right;
 * every cell through the shared writer of @prim/indicators, which neutralises formulas)
 * or XLSX, streaming rows so that a generated million-row register is never held twice.
 * Files go through an OutputFile: written beside the target, renamed over it on close.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CSV_BOM, csvRow } from '@prim/indicators';
import ExcelJS from 'exceljs';
import type { OutputFile } from '../output-file.js';

export interface TableWriter {
  write(cells: readonly (string | number)[]): Promise<void>;
  close(): Promise<void>;
}

export function formatOf(path: string): 'xlsx' | 'csv' | undefined {
  const lower = path.toLowerCase();
  return lower.endsWith('.xlsx') ? 'xlsx' : lower.endsWith('.csv') ? 'csv' : undefined;
}

/** A CSV writer to a file, or to `out` (standard output) when no file is given. */
export function csvWriter(file: OutputFile | undefined, out?: (text: string) => void): TableWriter {
  const sink = file !== undefined ? createWriteStream(file.temp) : undefined;
  // A write error (disk full) is kept and thrown by the next write or close.
  let failed: unknown;
  sink?.on('error', (err) => (failed = err));
  sink?.write(CSV_BOM);
  return {
    async write(cells) {
      if (failed) throw failed;
      const line = csvRow(cells);
      if (!sink) out?.(line);
      else if (!sink.write(line)) await once(sink, 'drain');
    },
    async close() {
      if (!sink || !file) return;
      if (!failed) {
        sink.end();
        await once(sink, 'finish').catch((err: unknown) => (failed = err));
      }
      if (failed) {
        await file.discard();
        throw failed;
      }
      await file.commit();
    },
  };
}

/** An XLSX writer of one sheet, committing each row as it goes. */
export function xlsxWriter(file: OutputFile, sheetName: string): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file.temp,
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
      await file.commit();
    },
  };
}
