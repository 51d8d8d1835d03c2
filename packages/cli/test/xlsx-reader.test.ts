/**
 * The streaming XLSX register reader (xlsx-sheet-rows.ts and friends) gives the rows
 * exceljs gives: on random workbooks written by exceljs (shared strings, rich text, empty
 * cells, numbers, dates, booleans, several sheets), on a workbook saved by LibreOffice
 * (fixtures/libreoffice.xlsx), and on hand-written XML for what neither writer produces
 * (inline strings, gaps without r=, the 1904 date system, parts in an unusual order).
 * Rows are compared as a register reads them: blank rows left out, trailing empty cells
 * dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellText, readTableLines } from '../src/registers/read-table.js';
import { tempFile } from './run-cli.js';

interface Row {
  sheet: string;
  row: number;
  cells: string[];
}

const trimmed = (cells: readonly string[]) => {
  const out = [...cells];
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return out;
};

/** The rows exceljs reads (its whole-workbook reader: it has no limit on sheets). */
async function exceljsRows(path: string): Promise<Row[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: Row[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row) => {
      const values = Array.isArray(row.values) ? row.values : [];
      const cells = trimmed(Array.from(values.slice(1), (v) => cellText(v)));
      if (cells.length > 0) rows.push({ sheet: ws.name, row: row.number, cells });
    });
  return rows;
}

async function streamedRows(path: string): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const line of readTableLines(path)) {
    const cells = trimmed(line.cells);
    if (cells.length > 0) rows.push({ sheet: line.sheet, row: line.row, cells });
  }
  return rows;
}

/** Text officers type, with XML's special characters, accents, Arabic, spaces. */
const text = fc.constantFrom(
  'Belfaa',
  ' ammeln ',
  'Aït Amira',
  'بلفاع',
  'تم الإخبار',
  'a & b',
  '<tag>',
  'say "hi"',
  "l'eau",
  '2023-07-15',
  '15/07/2023',
  'x\ny',
  '',
);
const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  text,
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  // Dates as registers hold them: a day, at UTC midnight.
  fc
    .integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2099, 0, 1) / 864e5 })
    .map((d) => new Date(d * 864e5)),
  fc
    .array(fc.record({ text: text.filter((t) => t !== ''), bold: fc.boolean() }), {
      minLength: 1,
      maxLength: 3,
    })
    .map((runs) => ({ richText: runs.map((r) => ({ text: r.text, font: { bold: r.bold } })) })),
);
const sheet = fc.array(
  fc.record({
    gap: fc.nat(2),
    cells: fc.array(value, { maxLength: 8 }),
  }),
  { maxLength: 8 },
);

describe('the streaming XLSX reader', () => {
  it('reads what exceljs reads from workbooks exceljs writes (1 to 7 sheets)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 7 }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        sheets.forEach((rows, s) => {
          const ws = wb.addWorksheet(`Feuille ${s + 1}`);
          let r = 0;
          for (const { gap, cells } of rows) {
            r += 1 + gap;
            cells.forEach((v, c) => {
              const cell = ws.getCell(r, c + 1);
              cell.value = v;
              if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
            });
          }
        });
        const path = tempFile('', 'random.xlsx');
        await wb.xlsx.writeFile(path);
        expect(await streamedRows(path)).toEqual(await exceljsRows(path));
      }),
      { numRuns: 10 },
    );
  });

  it('reads what exceljs reads from a workbook LibreOffice saved', async () => {
    const path = new URL('./fixtures/libreoffice.xlsx', import.meta.url).pathname;
    const rows = await streamedRows(path);
    const expected = await exceljsRows(path);
    // LibreOffice saved the boolean FALSE as the formula FALSE() with the result 0, which
    // exceljs reads as an empty cell; the spreadsheet shows FALSE, and so does the reader.
    const falseCell = expected.find((r) => r.row === 5)?.cells;
    expect(falseCell?.[3]).toBe('');
    if (falseCell) falseCell[3] = 'false';
    expect(rows).toEqual(expected);
    // The fixture's dates are date cells, read as days.
    expect(rows.flatMap((r) => r.cells)).toContain('2023-07-15');
  });

  it('reads inline strings, gaps without r=, booleans, errors and 1904 dates', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const sheetXml = `<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData>
<row r="2"><c r="B2" t="inlineStr"><is><r><t>Aït </t></r><r><rPr><b/></rPr><t xml:space="preserve">Amira</t></r><rPh><t>x</t></rPh></is></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>
<row><c r="A3" s="1"><v>1</v></c><c s="2"><v>2.5</v></c><c t="s"><v>0</v></c><c t="str"><v>a &amp; &#1576;</v></c></row>
<row r="5" spans="1:2"/><row r="6"><c r="C6"/><c r="D6" t="inlineStr"><is><t/></is></c></row>
</sheetData></worksheet>`;
    const zip = zipSync({
      // The sheet before the workbook part, as some writers order them.
      'xl/worksheets/data.xml': strToU8(sheetXml),
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(
        `<Relationships><Relationship Id="r1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships><Relationship Id="a" Type="${rel}/worksheet" Target="worksheets/data.xml"/><Relationship Id="b" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="c" Type="${rel}/sharedStrings" Target="/xl/strings.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${ns}" xmlns:r="${rel}"><workbookPr date1904="1"/><sheets><sheet name="Juillet &amp; août" sheetId="1" r:id="a"/></sheets></workbook>`,
      ),
      'xl/styles.xml': strToU8(
        `<styleSheet xmlns="${ns}"><numFmts><numFmt numFmtId="164" formatCode="dd\\/mm\\/yyyy"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs></styleSheet>`,
      ),
      'xl/strings.xml': strToU8(`<sst xmlns="${ns}"><si><t>Résolu</t></si></sst>`),
    });
    const path = tempFile('', 'hand.xlsx');
    writeFileSync(path, zip);
    expect(await streamedRows(path)).toEqual([
      { sheet: 'Juillet & août', row: 2, cells: ['', 'Aït Amira', 'true', '#N/A'] },
      // 1904 system: serial 1 is 1904-01-02; style 2 is a number format, not a date.
      { sheet: 'Juillet & août', row: 3, cells: ['1904-01-02', '2.5', 'Résolu', 'a & ب'] },
    ]);
  });

  it('refuses a cell reference beyond column XFD, naming the sheet and row', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Juillet').addRow(['date', 'commune']);
    const path = tempFile('', 'far.xlsx');
    await wb.xlsx.writeFile(path);
    const zip = unzipSync(readFileSync(path));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml'] as Uint8Array);
    zip['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('r="B1"', 'r="ZZZZZZZZZ1"'));
    writeFileSync(path, zipSync(zip));
    await expect(streamedRows(path)).rejects.toThrow(
      'not a readable .xlsx workbook (sheet "Juillet", row 1: a cell beyond column XFD)',
    );
  });

  it('refuses an entry larger than its declared size, naming the file', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Juillet').addRow(['date', 'commune']);
    const path = tempFile('', 'liar.xlsx');
    await wb.xlsx.writeFile(path);
    // Declare the sheet's size as 10 bytes in the central directory.
    const zip = readFileSync(path);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    for (let i = 0; i + 46 < zip.length; i++) {
      if (zip.readUInt32LE(i) !== 0x02014b50) continue;
      const len = zip.readUInt16LE(i + 28);
      if (zip.subarray(i + 46, i + 46 + len).equals(name)) zip.writeUInt32LE(10, i + 24);
    }
    writeFileSync(path, zip);
    await expect(streamedRows(path)).rejects.toThrow(
      'not a readable .xlsx workbook (xl/worksheets/sheet1.xml is larger than declared)',
    );
  });
});
