/** The rows of an exported workbook as a spreadsheet reader returns them: text cells, Excel rows. */
import type { SheetOut } from '../../src/workbook/feed-to-sheets.js';
import type { SheetIn } from '../../src/workbook/sheets-to-feed.js';

export function asRead(sheets: readonly SheetOut[]): SheetIn[] {
  return sheets.map((s) => ({
    name: s.name,
    lines: [s.header, ...s.rows].map((cells, i) => ({ row: i + 1, cells: cells.map(String) })),
  }));
}
