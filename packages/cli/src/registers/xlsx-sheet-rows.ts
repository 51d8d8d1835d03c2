/**
 * A worksheet's XML, streamed as text, → its rows as text cells, the way a spreadsheet
 * shows them. Only <row> and <c> are read (with their r= references: a gap is blank
 * cells), and in a cell its value <v>, inline string <is> and type t= (s shared string,
 * inlineStr, str, n number, b boolean, e error, d ISO date); a number whose style shows a
 * date becomes YYYY-MM-DD. A formula cell reads as its saved result, typed like any value
 * (exceljs reads a FALSE or a date result as a bare number, or as nothing). Everything
 * else in the sheet is skipped unread. The text is scanned with indexOf, one chunk at a
 * time: a million-row sheet never sits in memory.
 */
import { isAscii } from 'node:buffer';
import type { TableLine } from './read-table.js';
import type { WorkbookParts } from './xlsx-workbook.js';
import { endsName, runsText, xmlText } from './xml-scan.js';

type Cells = Pick<WorkbookParts, 'shared' | 'dateStyles' | 'date1904'>;

/** Latin-1 text read from UTF-8 bytes → the text those bytes encode. */
const utf8 = (latin1: string): string =>
  /[\x80-\xff]/.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;

/** Columns A … XFD, as in Excel and LibreOffice. */
const MAX_COLUMNS = 16_384;

/** Days from the spreadsheet epoch (1899-12-30, or 1904-01-01) to 1970-01-01. */
const UNIX_EPOCH = 25569;
const DAY_MS = 86_400_000;

/** A number shown as a date → YYYY-MM-DD (as exceljs reads it: UTC, to the millisecond). */
function serialDate(n: number, date1904: boolean): string {
  const d = new Date(Math.round((n - UNIX_EPOCH + (date1904 ? 1462 : 0)) * DAY_MS));
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** Cell types, coded from t= (the letters are all a spreadsheet writes). */
const enum CellType {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

/** The attributes of the last start tag read by `readTag`: r= as a number (a row's) or a
 * 0-based column (a cell's), -1 if absent; t= coded; s= as a number (0 if absent). */
const tag = { ref: -1, type: CellType.Number, style: 0 };

/** A t= value `s[from, to)` → its code; an unknown type reads as a number, as in exceljs. */
function typeOf(s: string, from: number, to: number): CellType {
  const length = to - from;
  switch (s.charCodeAt(from)) {
    case 115: // s, str
      return length === 1 ? CellType.Shared : length === 3 ? CellType.Str : CellType.Number;
    case 105: // inlineStr
      return length === 9 ? CellType.Inline : CellType.Number;
    case 98:
      return CellType.Bool;
    case 101:
      return CellType.Error;
    case 100:
      return CellType.Date;
    default:
      return CellType.Number;
  }
}

/** "AB12" (`s[from, to)`) → 27, the 0-based column; "12" (a row's r=) → 12; -1 if neither. */
function refOf(s: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i > from) return col - 1;
  let row = 0;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  return to > from ? row : -1;
}

/** Reads the attributes r, t and s of the start tag `s[from, to)` into `tag`, in one pass. */
function readTag(s: string, from: number, to: number): void {
  tag.ref = -1;
  tag.type = CellType.Number;
  tag.style = 0;
  let p = from;
  while (p < to) {
    const eq = s.indexOf('=', p);
    if (eq === -1 || eq >= to) return;
    let q = eq + 1;
    while (s.charCodeAt(q) <= 32) q++;
    const quote = s.charCodeAt(q);
    const close = quote === 34 || quote === 39 ? s.indexOf(quote === 34 ? '"' : "'", q + 1) : -1;
    if (close === -1 || close > to) return;
    // The name is the word just before '=' (spaces around '=' allowed): r, t or s alone.
    let e = eq;
    while (e > p && s.charCodeAt(e - 1) <= 32) e--;
    if (e > p && s.charCodeAt(e - 2) <= 32) {
      const name = s.charCodeAt(e - 1);
      if (name === 114) tag.ref = refOf(s, q + 1, close);
      else if (name === 116) tag.type = typeOf(s, q + 1, close);
      else if (name === 115) tag.style = refOf(s, q + 1, close);
    }
    p = close + 1;
  }
}

/** The text of a cell from its type, style and value. */
function cellText(parts: Cells, type: CellType, style: number, value: string): string {
  switch (type) {
    case CellType.Shared:
      return parts.shared[parseInt(value, 10)] ?? '';
    case CellType.Str:
    case CellType.Inline:
    case CellType.Error:
      return xmlText(value);
    case CellType.Bool:
      return parseInt(value, 10) !== 0 ? 'true' : 'false';
    case CellType.Date:
      // An ISO 8601 date-time cell (strict OOXML, some writers).
      return /^\d{4}-\d\d-\d\d/.test(value) ? value.slice(0, 10) : xmlText(value);
    default: {
      if (value === '') return '';
      const n = parseFloat(value);
      return style !== 0 && parts.dateStyles.has(style) ? serialDate(n, parts.date1904) : String(n);
    }
  }
}

/** True when the last `valueIn` read an inline string: text already, not to decode again. */
let valueIsText = false;

/**
 * The value (<v>, or the text of <is>) inside a cell `s[from, to)`, or undefined when the
 * cell has none (a formatted blank cell).
 */
function valueIn(s: string, from: number, to: number, ascii: boolean): string | undefined {
  valueIsText = false;
  // The common shape first: <c …><v>text</v></c>.
  if (s.startsWith('<v>', from) && s.startsWith('</v>', to - 4)) return s.slice(from + 3, to - 4);
  let p = from;
  for (;;) {
    const lt = s.indexOf('<', p);
    if (lt === -1 || lt >= to) return undefined;
    const gt = s.indexOf('>', lt);
    if (gt === -1 || gt > to) return undefined;
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === 118 && endsName(s.charCodeAt(lt + 2))) {
      if (s.charCodeAt(gt - 1) === 47) return '';
      const close = s.indexOf('</v>', gt);
      return close === -1 || close > to ? undefined : s.slice(gt + 1, close);
    }
    if (c1 === 105 && s.charCodeAt(lt + 2) === 115 && endsName(s.charCodeAt(lt + 3))) {
      if (s.charCodeAt(gt - 1) === 47) return '';
      const close = s.indexOf('</is>', gt);
      valueIsText = true;
      const raw = s.slice(gt + 1, close === -1 || close > to ? to : close);
      return runsText(ascii ? raw : utf8(raw), 0, raw.length);
    }
    p = gt + 1;
  }
}

/**
 * The rows of one sheet, a batch per chunk of text. Rows are numbered by their r=
 * (or one after the previous row); a row's cells run to its last non-empty one.
 */
export async function* sheetRows(
  bytes: AsyncIterable<Buffer>,
  sheet: string,
  parts: Cells,
): AsyncGenerator<TableLine[]> {
  let buf = '';
  let pos = 0;
  let cells: string[] | undefined;
  let rowNumber = 0;
  let col = -1;
  let width = 0;
  let done = false;
  let ascii = true;
  for await (const bytes_ of bytes) {
    if (done) continue;
    // Read as Latin-1 (one byte, one character: fast, and no character is cut between
    // chunks); the few values with bytes ≥ 0x80 are decoded as UTF-8 when read.
    const chunk = bytes_.toString('latin1');
    ascii = isAscii(bytes_) && (ascii || pos >= buf.length);
    buf = pos < buf.length ? buf.slice(pos) + chunk : chunk;
    pos = 0;
    const batch: TableLine[] = [];
    const endRow = () => {
      if (cells === undefined) return;
      for (let i = 0; i < width; i++) cells[i] ??= '';
      cells.length = width;
      batch.push({ sheet, row: rowNumber, cells });
      cells = undefined;
    };
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt === -1) {
        pos = buf.length;
        break;
      }
      const gt = buf.indexOf('>', lt);
      if (gt === -1) {
        pos = lt;
        break;
      }
      const c1 = buf.charCodeAt(lt + 1);
      if (c1 === 99 && endsName(buf.charCodeAt(lt + 2))) {
        // <c …/> or <c …>…</c>
        const empty = buf.charCodeAt(gt - 1) === 47;
        const close = empty ? gt : buf.indexOf('</c>', gt);
        if (close === -1) {
          pos = lt;
          break;
        }
        pos = empty ? gt + 1 : close + 4;
        if (cells === undefined) continue;
        readTag(buf, lt + 2, empty ? gt - 1 : gt);
        col = tag.ref >= 0 ? tag.ref : col + 1;
        // Past column XFD no spreadsheet has a cell: a hostile reference must not make a
        // row of a billion cells.
        if (col >= MAX_COLUMNS)
          throw new Error(`sheet "${sheet}", row ${rowNumber}: a cell beyond column XFD`);
        const value = empty ? undefined : valueIn(buf, gt + 1, close, ascii);
        if (value === undefined) continue;
        const text = valueIsText
          ? value
          : cellText(parts, tag.type, tag.style, ascii ? value : utf8(value));
        cells[col] = text;
        if (text !== '' && col >= width) width = col + 1;
        continue;
      }
      pos = gt + 1;
      if (c1 === 114 && buf.startsWith('ow', lt + 2) && endsName(buf.charCodeAt(lt + 4))) {
        endRow();
        const empty = buf.charCodeAt(gt - 1) === 47;
        readTag(buf, lt + 4, empty ? gt - 1 : gt);
        rowNumber = tag.ref > 0 ? tag.ref : rowNumber + 1;
        cells = [];
        col = -1;
        width = 0;
        if (empty) endRow();
      } else if (c1 === 47 && buf.startsWith('row>', lt + 2)) endRow();
      else if (c1 === 47 && buf.startsWith('sheetData>', lt + 2)) {
        done = true;
        break;
      }
    }
    if (batch.length > 0) yield batch;
  }
}
