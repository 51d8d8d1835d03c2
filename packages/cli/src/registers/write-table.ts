/**
 * Writes tables as CSV (UTF-8 with a byte-order mark, so that Excel shows Arabic right)
 * or XLSX, streaming rows so that a generated million-row register is never held twice.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
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
  const stringifier = stringify({ bom: path !== undefined });
  const sink = path !== undefined ? createWriteStream(path) : undefined;
  if (sink) stringifier.pipe(sink);
  else stringifier.on('data', (chunk: Buffer) => out?.(chunk.toString('utf8')));
  return {
    async write(cells) {
      if (!stringifier.write(cells.map(String))) await once(stringifier, 'drain');
    },
    async close() {
      stringifier.end();
      if (sink) await once(sink, 'finish');
      else await once(stringifier, 'end');
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
