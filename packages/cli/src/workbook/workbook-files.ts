/**
 * Feed workbooks on disk: an .xlsx with one sheet per part of the feed, or a folder of CSV
 * files named after the sheets. Reading goes through the register reader (read-table.ts),
 * so both accept what officers' spreadsheets produce.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { csvCellText } from '@prim/indicators';
import ExcelJS from 'exceljs';
import { openOutput } from '../output-file.js';
import { describeSystemError, FeedReadError } from '../read-feed.js';
import { cellText, readTableLines } from '../registers/read-table.js';
import { sniffTable, TableFileError } from '../registers/sniff.js';
import { csvWriter } from '../registers/write-table.js';
import { closedList, type Column, SHEETS, type SheetName } from './feed-sheets.js';
import type { SheetOut } from './feed-to-sheets.js';
import { describeColumn, type WorkbookLang } from './header-words.js';
import { columnLetter, type SheetIn, type SheetLine } from './sheets-to-feed.js';

/** The hidden sheet holding the closed lists the drop-downs offer. */
const LISTS_SHEET = 'lists';
/** Drop-downs reach this many rows below the data, for the rows an officer adds. */
const SPARE_ROWS = 1000;

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The sheets of an .xlsx, read whole with exceljs: a feed workbook is small, and its merged
 * cells matter (registers are streamed by xlsx-sheet-rows.ts instead). A merged cell reads
 * in its first cell only, as a spreadsheet shows it.
 */
async function readXlsxSheets(path: string): Promise<SheetIn[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new TableFileError(path, `not a readable .xlsx workbook (${detail})`);
  }
  return wb.worksheets.map((ws) => {
    const lines: SheetLine[] = [];
    ws.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cell.isMerged && cell.master !== cell ? '' : cellText(cell.value);
      });
      lines.push({ row: row.number, cells: Array.from(cells, (c) => c ?? '') });
    });
    return { name: ws.name, lines };
  });
}

/** The lines of one CSV file as the sheet its name says. */
async function readCsvSheet(file: string, name: string): Promise<SheetIn> {
  const lines: SheetLine[] = [];
  // A cell `prim export` neutralised for spreadsheets ('=…) reads back as the text it was.
  for await (const line of readTableLines(file))
    lines.push({ row: line.row, cells: line.cells.map(csvCellText) });
  return { name, lines };
}

/** The sheets of an .xlsx, or of a folder of CSV files (each file one sheet). */
export async function readWorkbook(path: string): Promise<SheetIn[]> {
  const sheetName = (file: string) => basename(file, extname(file));
  if (!(await isFolder(path))) {
    return (await sniffTable(path)).format === 'xlsx'
      ? readXlsxSheets(path)
      : [await readCsvSheet(path, sheetName(path))];
  }
  const files = (await readdir(path)).filter((f) => extname(f).toLowerCase() === '.csv').sort();
  return Promise.all(files.map((f) => readCsvSheet(join(path, f), sheetName(f))));
}

/** A folder with one CSV file per sheet (UTF-8 with a byte-order mark, for Excel). */
export async function writeCsvFolder(dir: string, sheets: readonly SheetOut[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const sheet of sheets) {
    const w = csvWriter(await openOutput(join(dir, `${sheet.name}.csv`)));
    await w.write(sheet.header);
    for (const row of sheet.rows) await w.write(row);
    await w.close();
  }
}

interface ListRanges {
  readonly [list: string]: string;
}

/** The closed lists on a hidden sheet; returns each list's range for the drop-downs. */
function addLists(wb: ExcelJS.Workbook): ListRanges {
  const lists = new Map<string, readonly string[]>([['yes-no', ['yes', 'no']]]);
  for (const spec of SHEETS)
    for (const c of spec.columns) {
      const list = closedList(spec.name, c);
      if (list) lists.set(list.join('|'), list);
    }
  const sheet = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const ranges: Record<string, string> = {};
  [...lists].forEach(([key, values], i) => {
    const letter = String.fromCharCode(65 + i);
    values.forEach((v, r) => (sheet.getCell(`${letter}${r + 1}`).value = v));
    ranges[key] = `${LISTS_SHEET}!$${letter}$1:$${letter}$${values.length}`;
  });
  return ranges;
}

function listFormula(sheet: SheetName, column: Column, ranges: ListRanges): string | undefined {
  if (column.ref) return `'${column.ref}'!$A$2:$A$${SPARE_ROWS * 5}`;
  if (column.type === 'boolean') return ranges['yes-no'];
  if (column.type === 'presence') return ranges['yes-no'];
  const list = closedList(sheet, column);
  return list && ranges[list.join('|')];
}

/**
 * The .xlsx: canonical English headers in row 1, frozen, each explained by a cell comment
 * in `lang`; drop-downs on closed lists and on ids defined by another sheet; text format
 * on text, id and period columns so that Excel never turns '2022-07' into a date.
 */
export async function writeXlsxWorkbook(
  path: string,
  sheets: readonly SheetOut[],
  lang: WorkbookLang,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ranges = addLists(wb);
  for (const out of sheets) {
    const spec = SHEETS.find((s) => s.name === out.name);
    if (!spec) continue;
    const ws = wb.addWorksheet(out.name, {
      views: [{ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ar' }],
    });
    const header = ws.addRow([...out.header]);
    header.font = { bold: true };
    for (const row of out.rows) ws.addRow([...row]);
    const validations = (ws as unknown as { dataValidations: { add(a: string, v: object): void } })
      .dataValidations;
    const last = out.rows.length + SPARE_ROWS;
    if (spec.name === 'programme') {
      ws.getColumn(1).width = 28;
      ws.getColumn(2).width = 60;
      ws.getColumn(2).numFmt = '@';
      spec.columns.forEach((field, i) => {
        ws.getCell(i + 2, 1).note = describeColumn(field, lang, closedList(spec.name, field));
      });
    } else {
      spec.columns.forEach((column, i) => {
        const letter = columnLetter(i);
        const c = ws.getColumn(i + 1);
        c.width = column.type === 'text' ? 30 : 16;
        if (column.type !== 'number' && column.type !== 'integer') c.numFmt = '@';
        ws.getCell(1, i + 1).note = describeColumn(column, lang, closedList(spec.name, column));
        const formula = listFormula(spec.name, column, ranges);
        if (formula) {
          validations.add(`${letter}2:${letter}${last}`, {
            type: 'list',
            allowBlank: true,
            formulae: [formula],
            showErrorMessage: true,
          });
        }
      });
    }
  }
  // The lists sheet was added first for its ranges; the officer should land on the programme.
  wb.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 1, activeTab: 1, visibility: 'visible' },
  ];
  // Written beside the target and renamed over it, like every file prim writes.
  const file = await openOutput(path);
  try {
    await wb.xlsx.writeFile(file.temp);
    await file.commit();
  } finally {
    await file.discard();
  }
}

/** An .xlsx when the path says so, else a folder of CSV files; a failure names the path. */
export async function writeWorkbook(
  out: string,
  sheets: readonly SheetOut[],
  lang: WorkbookLang,
): Promise<void> {
  try {
    if (out.toLowerCase().endsWith('.xlsx')) await writeXlsxWorkbook(out, sheets, lang);
    else await writeCsvFolder(out, sheets);
  } catch (err) {
    throw new FeedReadError(`cannot write ${out}: ${describeSystemError(err)}`);
  }
}
