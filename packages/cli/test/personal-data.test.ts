/**
 * Names, phone numbers and CIN numbers typed into the wrong column of a register must not
 * leave it: not in the feed, the rejects file, standard error or standard output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { prim, tempFile } from './run-cli.js';

const PERSONAL = [
  'Fatima Zahra El Idrissi',
  'Mohamed Aït Ouahmane',
  'Fatima',
  '+212 6 12 34 56 78',
  '0612345678',
  'JB123456',
  'AB 45678',
  '12/03/1987',
];
/** Fragments that would betray a value even if it were cut or re-spaced. */
const FRAGMENTS = [
  'Fatima',
  'Zahra',
  'Idrissi',
  'Ouahmane',
  '+212',
  '12 34 56',
  '612345678',
  '123456',
  '45678',
  '1987',
];

const HEADER = [
  'Nom',
  'Date',
  'Commune',
  'Profil',
  'Sexe',
  'Type de demande',
  'Suite donnée',
  'Téléphone',
];
const GOOD = ['Personne', '15/07/2023', 'Belfaa', 'MRE', 'Homme', 'Pension', 'Informé', ''];

/** Every personal value in every read column (1–6), plus good rows so a feed is written. */
function rows(): string[][] {
  const out: string[][] = [];
  for (let col = 1; col <= 6; col++)
    for (const value of PERSONAL) out.push(GOOD.map((c, i) => (i === col ? value : c)));
  for (let i = 0; i < 6; i++) out.push([...GOOD]);
  return out;
}

function expectNothingPersonal(...texts: string[]) {
  for (const text of texts) for (const f of FRAGMENTS) expect(text).not.toContain(f);
}

describe('personal data in a register never reaches an output', () => {
  it('CSV: rejects name the row and column, never the cell', async () => {
    const csv = [HEADER, ...rows()].map((r) => r.join(';')).join('\n');
    const reg = tempFile(`${csv}\n`, 'registre.csv');
    const rejects = join(reg, '..', 'rejects.csv');
    const out = join(reg, '..', 'feed.json');
    const r = await prim(['aggregate', reg, '--rejects', rejects, '-o', out]);
    expect(r.status).toBe(1);
    const rej = readFileSync(rejects, 'utf8');
    expectNothingPersonal(r.stdout, r.stderr, rej, readFileSync(out, 'utf8'));
    expect(rej).toContain('registre.csv,csv,2,date is not dd/mm/yyyy or yyyy-mm-dd');
    expect(rej).toContain('registre.csv,csv,10,unknown commune');
    expect(rej).toContain('registre.csv,csv,42,unknown outcome');
    expect(r.stderr).toContain(`${6 * PERSONAL.length + 6} register rows read: 6 aggregated`);
  });

  it('CSV: a ";" inside a name is a column-count problem of that row, quoting nothing', async () => {
    const csv = [
      HEADER.join(';'),
      GOOD.join(';'),
      ['Fatima Zahra; El Idrissi', ...GOOD.slice(1, -1), '0612345678'].join(';'),
    ].join('\n');
    const reg = tempFile(`${csv}\n`, 'registre.csv');
    const rejects = join(reg, '..', 'rejects.csv');
    const r = await prim(['aggregate', reg, '--rejects', rejects]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'rejected: registre.csv, row 3: 9 cells where the header has 8: a separator inside a cell shifted the columns',
    );
    expectNothingPersonal(r.stdout, r.stderr, readFileSync(rejects, 'utf8'));
  });

  it('XLSX: the same values in every column stay in the workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Juillet');
    ws.addRow(HEADER);
    for (const row of rows()) ws.addRow(row);
    const reg = tempFile('', 'registre.xlsx');
    await wb.xlsx.writeFile(reg);
    const rejects = join(reg, '..', 'rejects.csv');
    const r = await prim(['aggregate', reg, '--rejects', rejects]);
    expect(r.status).toBe(1);
    const rej = readFileSync(rejects, 'utf8');
    expectNothingPersonal(r.stdout, r.stderr, rej);
    expect(rej).toContain('registre.xlsx,Juillet,2,date is not dd/mm/yyyy or yyyy-mm-dd');
  });
});
