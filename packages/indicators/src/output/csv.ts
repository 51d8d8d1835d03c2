/**
 * The one CSV writer of the project (rejects files, generated registers, the widgets' and
 * dashboard's table downloads): RFC 4180 quoting, CRLF line ends, and no cell that a
 * spreadsheet would run as a formula.
 *
 * A text cell that begins with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with
 * `'`, which Excel and LibreOffice read as "this is text" (OWASP's advice for CSV
 * injection); that includes a text such as "-3" or a sheet named "=HYPERLINK(…)". A number
 * passed as a number is written as a number, minus sign included: it is a value we
 * computed, not a string from a file, and spreadsheets must still read it as a number.
 */

/** A cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | undefined | null;

/**
 * A formula start, after any apostrophes: a text that already begins with `'=` gets one more
 * `'` too, so that `csvCellText` gives every text back exactly (a feed's round trip through
 * a folder of CSV files loses nothing).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** `;` too: French Excel splits on it when it opens a CSV. */
const NEEDS_QUOTES = /[",;\t\n\r]/;

/** One cell as CSV text. A number that is not finite is an empty cell. */
export function csvCell(value: CsvCell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The text a cell held before `csvCell` neutralised it (for CSV files this project wrote). */
export function csvCellText(read: string): string {
  return /^'+[=+\-@\t\r]/.test(read) ? read.slice(1) : read;
}

/** One line of CSV, with its CRLF. */
export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole table as CSV text (no byte-order mark: the caller adds one for files). */
export function csvText(rows: Iterable<readonly CsvCell[]>): string {
  let out = '';
  for (const row of rows) out += csvRow(row);
  return out;
}

/** The byte-order mark that makes Excel read a CSV file as UTF-8 (Arabic included). */
export const CSV_BOM = '\ufeff';
