/**
 * A worksheet's XML, streamed as text, → its rows as text cells, the way a spreadsheet
 * shows them. Only <row> and <c> are read (with their r= references: a gap is blank
 * cells), and in a cell its value <v>, inline string <is> and type t= (s shared string,
 * inlineStr, str, n number, b boolean, e error, d ISO date); a number whose style shows a
 * date becomes YYYY-MM-DD. Everything else in the sheet is skipped unread. The text is
 * scanned with indexOf, one row at a time: a million-row sheet never sits in memory.
 */
import type { TableLine } from './read-table.js';
import type { WorkbookParts } from './xlsx-workbook.js';
import { endsName, runsText, xmlText } from './xml-scan.js';

type Cells = Pick<WorkbookParts, 'shared' | 'dateStyles' | 'date1904'>;

/** Days from the spreadsheet epoch (1899-12-30, or 1904-01-01) to 1970-01-01. */
const UNIX_EPOCH = 25569;
const DAY_MS = 86_400_000;

/** A number shown as a date → YYYY-MM-DD (as exceljs reads it: UTC, to the millisecond). */
function serialDate(n: number, date1904: boolean): string {
  const d = new Date(Math.round((n - UNIX_EPOCH + (date1904 ? 1462 : 0)) * DAY_MS));
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** The text of a cell from its type, style, value and inline string. */
function cellText(parts: Cells, type: string, style: number, value: string): string {
  switch (type) {
    case 's':
      return parts.shared[parseInt(value, 10)] ?? '';
    case 'str':
    case 'inlineStr':
    case 'e':
      return xmlText(value);
    case 'b':
      return parseInt(value, 10) !== 0 ? 'true' : 'false';
    case 'd':
      // An ISO 8601 date-time cell (strict OOXML, some writers).
      return /^\d{4}-\d\d-\d\d/.test(value) ? value.slice(0, 10) : xmlText(value);
    default: {
      if (value === '') return '';
      const n = parseFloat(value);
      return style !== 0 && parts.dateStyles.has(style)
        ? serialDate(n, parts.date1904)
        : String(n);
    }
  }
}

/** "AB12" → 27 (0-based column), or -1 without letters. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

/** The value of attribute `name` in the start tag `s[from, to)`, or undefined. */
function attr(s: string, from: number, to: number, name: string): string | undefined {
  let p = from;
  for (;;) {
    const at = s.indexOf(name, p);
    if (at === -1 || at >= to) return undefined;
    p = at + name.length;
    // A whole attribute name: preceded by white space, followed by '='.
    const before = s.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let q = p;
    while (s.charCodeAt(q) === 32) q++;
    if (s.charCodeAt(q) !== 61) continue;
    q++;
    while (s.charCodeAt(q) === 32) q++;
    const quote = s[q];
    if (quote !== '"' && quote !== "'") continue;
    const close = s.indexOf(quote, q + 1);
    return close === -1 || close > to ? undefined : s.slice(q + 1, close);
  }
}

/**
 * The value (<v>, or the text of <is>) inside a cell `s[from, to)`, or undefined when the
 * cell has none (a formatted blank cell).
 */
function valueIn(s: string, from: number, to: number): string | undefined {
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
      // Already text: the caller must not decode it again.
      return runsText(s, gt + 1, close === -1 || close > to ? to : close);
    }
    p = gt + 1;
  }
}

/**
 * The rows of one sheet, a batch per chunk of text. Rows are numbered by their r=
 * (or one after the previous row); a row's cells run to its last non-empty one.
 */
export async function* sheetRows(
  text: AsyncIterable<string>,
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
  for await (const chunk of text) {
    if (done) continue;
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
        const tagEnd = empty ? gt - 1 : gt;
        const ref = attr(buf, lt + 2, tagEnd, 'r');
        const at = ref === undefined ? -1 : columnOf(ref);
        col = at >= 0 ? at : col + 1;
        const value = empty ? undefined : valueIn(buf, gt + 1, close);
        if (value === undefined) continue;
        const type = attr(buf, lt + 2, tagEnd, 't') ?? 'n';
        const text =
          type === 'inlineStr'
            ? value
            : cellText(parts, type, Number(attr(buf, lt + 2, tagEnd, 's') ?? 0) | 0, value);
        cells[col] = text;
        if (text !== '' && col >= width) width = col + 1;
        continue;
      }
      pos = gt + 1;
      if (c1 === 114 && buf.startsWith('ow', lt + 2) && endsName(buf.charCodeAt(lt + 4))) {
        endRow();
        const empty = buf.charCodeAt(gt - 1) === 47;
        const r = Number(attr(buf, lt + 4, empty ? gt - 1 : gt, 'r'));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
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
