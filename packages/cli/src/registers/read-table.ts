/**
 * Streams the lines of a register, XLSX or CSV, as text cells with their sheet and row
 * number, so that a million-row register never sits in memory and every rejected line
 * can be named the way the officer sees it in the spreadsheet.
 */
import { open } from 'node:fs/promises';
import { CsvParseError, csvRecords } from './csv-records.js';
import { sniffTable, TableFileError } from './sniff.js';
import { decodedStream, decodeHead, detectEncoding, type TextEncoding } from './text-encoding.js';
import { checkXlsxSizes } from './xlsx-limits.js';
import { sheetRows } from './xlsx-sheet-rows.js';
import { readWorkbookParts } from './xlsx-workbook.js';
import { zipEntryBytes } from './zip-entries.js';

export interface TableLine {
  /** Sheet name; 'csv' for a CSV file. */
  readonly sheet: string;
  /** 1-based row number as a spreadsheet shows it (the CSV line where the record starts). */
  readonly row: number;
  readonly cells: readonly string[];
}

/**
 * A cell value of exceljs → the text an officer typed; dates become YYYY-MM-DD. (Feed
 * workbooks are read with exceljs; registers with xlsx-sheet-rows.ts.)
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates carry no zone; exceljs reads them as UTC midnight.
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      result?: unknown;
      text?: unknown;
      error?: string;
    };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return String(v.error);
    return '';
  }
  return String(value);
}

/** Every sheet of the workbook in tab order, hidden ones included. */
async function* xlsxLines(path: string): AsyncGenerator<TableLine[]> {
  try {
    const entries = await checkXlsxSizes(path);
    const parts = await readWorkbookParts(path, entries);
    for (const { name, entry } of parts.sheets)
      yield* sheetRows(zipEntryBytes(path, entry), name, parts);
  } catch (err) {
    if (err instanceof TableFileError) throw err;
    throw new TableFileError(
      path,
      `not a readable .xlsx workbook (${err instanceof Error ? err.message : String(err)})`,
    );
  }
}

/**
 * The delimiter of the header line: Excel in French locales writes ';', other tools ','
 * and some tabs. Chosen once, so that a decimal comma in a ';' file stays in its cell.
 */
async function detectDelimiter(path: string, encoding: TextEncoding): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const first = decodeHead(buf.subarray(0, bytesRead), encoding).split(/\r?\n/)[0] ?? '';
    const count = (d: string) => first.split(d).length - 1;
    return [';', '\t', ','].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
  } finally {
    await handle.close();
  }
}

async function* csvLines(path: string, head: Buffer): AsyncGenerator<TableLine[]> {
  const encoding = await detectEncoding(path, head);
  const delimiter = await detectDelimiter(path, encoding);
  try {
    yield* csvRecords(decodedStream(path, encoding) as AsyncIterable<string>, delimiter);
  } catch (err) {
    // csv-parse messages may quote the field they stopped at: keep its code and line only.
    throw new TableFileError(
      path,
      `not a readable CSV file (${err instanceof CsvParseError ? err.message : 'parse error'})`,
    );
  }
}

/**
 * Every line of every sheet, in order, in batches (a million lines awaited one by one cost
 * more than reading them). Throws TableFileError for unreadable files.
 */
export async function* readTableBatches(path: string): AsyncGenerator<TableLine[]> {
  const { format, head } = await sniffTable(path);
  yield* format === 'xlsx' ? xlsxLines(path) : csvLines(path, head);
}

/** Every line of every sheet, in order. Throws TableFileError for unreadable files. */
export async function* readTableLines(path: string): AsyncGenerator<TableLine> {
  for await (const batch of readTableBatches(path)) yield* batch;
}
