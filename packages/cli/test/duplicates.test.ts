/** The same register twice, or a copied sheet, is reported as a probable duplicate. */
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { prim, tempFile } from './run-cli.js';

const HEADER = ['date', 'commune', 'profile', 'sex', 'request_type', 'outcome'];
const july = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    `${String(i + 1).padStart(2, '0')}/07/2023`,
    'belfaa',
    'mre',
    i % 2 ? 'male' : 'female',
    'pension',
    'informed',
  ]);

describe('probable duplicates', () => {
  it('the same file given twice, even under another name', async () => {
    const a = tempFile([HEADER, ...july(8)].map((r) => r.join(',')).join('\n'), 'juillet.csv');
    const b = join(dirname(a), 'juillet-copie.csv');
    copyFileSync(a, b);
    const r = await prim(['aggregate', a, b]);
    expect(r.stderr).toContain(
      'warning: juillet-copie.csv has the same 8 rows as juillet.csv: probable duplicate',
    );
  });

  it('a copied sheet, "Juillet" and "Juillet (2)"; a different sheet is not one', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of [
      ['Juillet', july(8)],
      ['Juillet (2)', july(8)],
      ['Août', july(9)],
    ] as const) {
      const ws = wb.addWorksheet(name);
      ws.addRow(HEADER);
      for (const row of rows) ws.addRow([...row]);
    }
    const path = tempFile('', 'registre.xlsx');
    await wb.xlsx.writeFile(path);
    const r = await prim(['aggregate', path]);
    expect(r.stderr).toContain(
      'warning: registre.xlsx (sheet "Juillet (2)") has the same 8 rows as registre.xlsx (sheet "Juillet"): probable duplicate',
    );
    expect(r.stderr).not.toContain('Août');
  });

  it('the only file of a run: a workbook whose sheet is named "csv" is still compared', async () => {
    // A run of one CSV file is not hashed (it has nothing to be a duplicate of); a
    // workbook is never taken for one, whatever its sheets are called.
    const wb = new ExcelJS.Workbook();
    for (const name of ['csv', 'csv (2)']) {
      const ws = wb.addWorksheet(name);
      ws.addRow(HEADER);
      for (const row of july(3)) ws.addRow([...row]);
    }
    const path = tempFile('', 'registre.xlsx');
    await wb.xlsx.writeFile(path);
    const r = await prim(['aggregate', path]);
    expect(r.stderr).toContain(
      'warning: registre.xlsx (sheet "csv (2)") has the same 3 rows as registre.xlsx: probable duplicate',
    );
  });
});
