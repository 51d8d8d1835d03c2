import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { prim, tempFile } from './run-cli.js';

describe('prim template register', () => {
  it('writes a CSV template whose headers prim aggregate accepts, in French by default or English', async () => {
    const dir = join(tempFile(''), '..');
    const fr = join(dir, 'registre.csv');
    expect((await prim(['template', 'register', '-o', fr])).status).toBe(0);
    expect(
      readFileSync(fr, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim(),
    ).toBe('Date,Commune,Profil,Sexe,Type de demande,Suite donnée');
    const en = join(dir, 'register.csv');
    expect((await prim(['template', 'register', '-o', en, '--lang', 'en'])).status).toBe(0);
    expect(readFileSync(en, 'utf8')).toContain('date,commune,profile,sex,request_type,outcome');
  });

  it('writes an XLSX template with Arabic headers and a sheet of codes in three languages', async () => {
    const path = join(tempFile(''), '..', 'سجل.xlsx');
    const r = await prim(['template', 'register', '-o', path, '--lang', 'ar']);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets[0]?.getRow(1).values).toContain('التاريخ');
    const codes = wb.getWorksheet('Codes');
    const rows = codes?.getSheetValues().map((v) => (Array.isArray(v) ? v.slice(1) : [])) ?? [];
    expect(rows).toContainEqual([
      'profile',
      'rpt',
      'Ressortissant de pays tiers (RPT)',
      'رعايا البلدان الأخرى',
      'Third-country national',
    ]);
    expect(rows).toContainEqual([
      'outcome',
      'accompanied',
      'Accompagné',
      'تمت المواكبة',
      'Accompanied',
    ]);
    // An empty template aggregates to "no data", not a crash; the codes sheet is skipped.
    const agg = await prim(['aggregate', path]);
    expect(agg.status).toBe(1);
    expect(agg.stderr).toContain('no data rows under the header');
  });

  it('refuses a missing or unknown output format', async () => {
    expect((await prim(['template', 'register'])).status).toBe(2);
    expect((await prim(['template', 'register', '-o', 'x.pdf'])).stderr).toContain(
      '-o FILE.xlsx or FILE.csv',
    );
    expect((await prim(['template', 'fund', '-o', 'x.csv'])).status).toBe(2);
  });
});
