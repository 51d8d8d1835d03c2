import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feed } from '@prim/indicators';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedToSheets } from '../src/workbook/feed-to-sheets.js';
import { sheetsToFeed } from '../src/workbook/sheets-to-feed.js';
import { readWorkbook, writeCsvFolder, writeXlsxWorkbook } from '../src/workbook/workbook-files.js';
import { prim, tempFile } from './run-cli.js';
import { feedArb } from './workbook/feed-arbitrary.js';

const PRIM_FEED = new URL('../../indicators/feeds/prim.feed.json', import.meta.url);
const tempDir = () => join(tempFile(''), '..');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

describe('prim export and prim build', () => {
  it('give the built-in PRIM feed back through an .xlsx', async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'prim.xlsx');
    expect((await prim(['export', '-o', xlsx])).status).toBe(0);
    const built = await prim(['build', xlsx, '-o', join(dir, 'back.json')]);
    expect(built.stderr).toBe(`wrote ${join(dir, 'back.json')}\n`);
    expect(built.status).toBe(0);
    expect(json(join(dir, 'back.json'))).toEqual(json(PRIM_FEED.pathname));
  });

  it('give the built-in PRIM feed back through a folder of CSV files', async () => {
    const csv = join(tempDir(), 'csv');
    expect((await prim(['export', PRIM_FEED.pathname, '-o', csv])).status).toBe(0);
    expect(existsSync(join(csv, 'observations.csv'))).toBe(true);
    const fromCsv = await prim(['build', csv]);
    expect(fromCsv.status).toBe(0);
    expect(JSON.parse(fromCsv.stdout)).toEqual(json(PRIM_FEED.pathname));
  });

  // Random feeds in parts of a few runs each, so no test nears the default timeout on a busy
  // machine (exceljs is slow to write workbooks): 15 through .xlsx, 30 through CSV folders.
  it.each([1, 2, 3])(
    'give any valid feed back through a real .xlsx file (part %i of 3)',
    async () => {
      const dir = tempDir();
      let n = 0;
      await fc.assert(
        fc.asyncProperty(feedArb, async (feed: Feed) => {
          const path = join(dir, `random-${n++}.xlsx`);
          await writeXlsxWorkbook(path, feedToSheets(feed), 'fr');
          const result = sheetsToFeed(await readWorkbook(path));
          expect(result.ok ? result.feed : result.problems).toEqual(feed);
        }),
        { numRuns: 5 },
      );
    },
  );

  it.each([1, 2, 3])(
    'give any valid feed back through a folder of CSV files, formula-like text included (part %i of 3)',
    async () => {
      const dir = tempDir();
      let n = 0;
      await fc.assert(
        fc.asyncProperty(feedArb, async (feed: Feed) => {
          const folder = join(dir, `random-${n++}`);
          await writeCsvFolder(folder, feedToSheets(feed));
          const result = sheetsToFeed(await readWorkbook(folder));
          expect(result.ok ? result.feed : result.problems).toEqual(feed);
        }),
        { numRuns: 10 },
      );
    },
  );

  it('refuses an invalid feed, a missing output and a missing workbook', async () => {
    const bad = tempFile('{"schema":"prim-feed/1"}');
    const r = await prim(['export', bad, '-o', join(tempDir(), 'x.xlsx')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nothing written');
    expect((await prim(['export'])).status).toBe(2);
    expect((await prim(['build'])).status).toBe(2);
    expect((await prim(['build', join(tempDir(), 'missing.xlsx')])).status).toBe(2);
    expect((await prim(['build', 'x.xlsx', '--lang', 'de'])).status).toBe(2);
  });
});

/** A workbook typed by hand: title rows, merged cells, real dates, numbers as text. */
async function handTyped(path: string, observations: (string | number | Date)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet('Programme');
  p.addRow(['Fiche programme']);
  p.mergeCells('A1:B1');
  p.addRow(['Champ', 'Valeur']);
  p.addRow(['id', 'oasis']);
  p.addRow(['nom fr', 'Programme Oasis']);
  p.addRow(['début', new Date(Date.UTC(2023, 0, 1))]);
  p.addRow(['fin', 45657]); // a date whose format was lost: its serial number
  p.addRow(['budget', '1 250 000,50']);
  p.addRow(['devise', 'MAD']);
  p.addRow(['regions', 'draa']);
  p.addRow(['as_of', '31/12/2024']);
  const r = wb.addWorksheet('Régions');
  r.addRow(['id', 'name_fr']);
  r.addRow(['draa', 'Drâa-Tafilalet']);
  const i = wb.addWorksheet('indicators');
  i.addRow(['', '', '', 'Cible', '']);
  i.mergeCells('D1:E1');
  i.addRow(['id', 'name_fr', 'kind', 'target', 'target_date', 'aggregation']);
  i.addRow(['wells', 'Puits réhabilités', 'count', '40', new Date(Date.UTC(2024, 11, 31)), 'sum']);
  i.addRow(['share', 'Part des femmes', 'ratio', '0,5', '31/12/2024', 'ratio']);
  const o = wb.addWorksheet('observations');
  o.addRow(['indicator', 'period', 'value', 'numerator', 'denominator', 'source']);
  for (const row of observations) o.addRow(row);
  // Trailing rows an officer formatted but left empty.
  for (let k = 0; k < 5; k++)
    o.addRow(['', '', '', '', '', '']).border = { top: { style: 'thin' } };
  const s = wb.addWorksheet('sources');
  s.addRow(['id', 'title']);
  s.addRow(['report', 'Rapport annuel 2024']);
  await wb.xlsx.writeFile(path);
}

describe('prim build on a workbook typed by hand', () => {
  it('reads merged title cells, French headers, dates, serials, text numbers and decimal commas', async () => {
    const path = join(tempDir(), 'oasis.xlsx');
    await handTyped(path, [
      ['wells', '2023', '12', '', '', 'report'],
      ['wells', new Date(Date.UTC(2024, 5, 30)), 8, '', '', 'report'],
      ['share', '2024', '', '12', '30', 'report'],
    ]);
    const r = await prim(['build', path, '--lang', 'fr']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const feed = JSON.parse(r.stdout) as Feed;
    expect(feed.programme).toMatchObject({
      start: '2023-01-01',
      end: '2024-12-31',
      budget: { amount: 1250000.5, currency: 'MAD' },
    });
    expect(feed.asOf).toBe('2024-12-31');
    expect(feed.indicators.map((x) => x.target)).toEqual([
      { value: 40, date: '2024-12-31' },
      { value: 0.5, date: '2024-12-31' },
    ]);
    expect(feed.observations).toEqual([
      { indicator: 'wells', period: '2023', value: 12, source: 'report' },
      { indicator: 'wells', period: '2024-06-30', value: 8, source: 'report' },
      { indicator: 'share', period: '2024', numerator: 12, denominator: 30, source: 'report' },
    ]);
  });

  it('exits 1 with every problem by sheet, Excel row and column in French, and writes no feed', async () => {
    const dir = tempDir();
    const path = join(dir, 'oasis.xlsx');
    await handTyped(path, [
      ['wells', '2023', 'douze', '', '', 'report'],
      ['wells', '2024-13', '3', '', '', 'report'],
      ['pumps', '2024', '3', '', '', 'report'],
    ]);
    const out = join(dir, 'built.json');
    const r = await prim(['build', path, '-o', out, '--lang', 'fr']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        `${path}: feuille observations, ligne 2, colonne value : "douze" n’est pas un nombre`,
        `${path}: feuille observations, ligne 3, colonne period : "2024-13" n’est pas une période (2022, 2022-H1, 2022-Q3, 2022-07, 2022-07-14 ou A/B)`,
        `${path}: feuille observations, ligne 4, colonne indicator : indicator "pumps" inconnu : définissez-le d’abord sur sa feuille`,
        '3 problèmes ; aucun flux écrit',
        '',
      ].join('\n'),
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a column that looks personal, in Arabic', async () => {
    const path = join(tempDir(), 'oasis.xlsx');
    await handTyped(path, [['wells', '2023', '12', '', '', 'report']]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.getWorksheet('observations')!.getCell('G1').value = 'الهاتف';
    wb.getWorksheet('observations')!.getCell('G2').value = '0600000000';
    await wb.xlsx.writeFile(path);
    const r = await prim(['build', path, '--lang', 'ar']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'الورقة observations، السطر 1، العمود الهاتف: يبدو أن هذا العمود يحتوي على معطيات شخصية',
    );
    expect(r.stdout).toBe('');
  });
});

describe('prim build on a folder of CSV files saved by a French spreadsheet', () => {
  it('reads ";" separators and decimal commas, and names problems by sheet and line', async () => {
    const dir = join(tempDir(), 'classeur');
    mkdirSync(dir);
    const csv = (name: string, lines: string[]) =>
      writeFileSync(join(dir, `${name}.csv`), `\uFEFF${lines.join('\r\n')}\r\n`);
    csv('programme', [
      'field;value',
      'id;oasis',
      'name_fr;Oasis',
      'start;01/01/2023',
      'end;31/12/2025',
      'regions;draa',
      'as_of;30/06/2024',
    ]);
    csv('regions', ['id;name_fr', 'draa;Drâa-Tafilalet']);
    csv('indicators', [
      'id;name_fr;kind;aggregation;target;target_date',
      'share;Part des femmes;ratio;ratio;0,5;31/12/2025',
    ]);
    csv('observations', ['indicator;period;value;source', 'share;2024-H1;0,42;report', ';;;']);
    csv('sources', ['id;title', 'report;Rapport']);
    const ok = await prim(['build', dir]);
    expect(ok.stderr).toBe('');
    expect((JSON.parse(ok.stdout) as Feed).observations[0]?.value).toBe(0.42);
    csv('observations', [
      'indicator;period;value;source',
      'share;2024-H1;0,42;report',
      'share;2024-H2;zéro;report',
    ]);
    const bad = await prim(['build', dir, '--lang', 'en']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('sheet observations, row 3, column value: "zéro" is not a number');
  });
});

describe('prim template feed', () => {
  it('writes a workbook with every sheet, frozen English headers, comments in the chosen language and drop-downs', async () => {
    const path = join(tempDir(), 'modele.xlsx');
    expect((await prim(['template', 'feed', '-o', path, '--lang', 'fr'])).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'lists',
      'programme',
      'regions',
      'communes',
      'profiles',
      'sexes',
      'calls',
      'indicators',
      'milestones',
      'activities',
      'observations',
      'sources',
    ]);
    const obs = wb.getWorksheet('observations')!;
    expect((obs.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
      'indicator',
      'period',
      'value',
    ]);
    expect(obs.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(String(obs.getCell('B1').note)).toContain('Période : 2022, 2022-H1');
    expect(obs.getCell('A2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'indicators'!$A$2:$A$5000"],
    });
    expect(obs.getCell('K2').dataValidation).toMatchObject({ type: 'list' });
    const prog = wb.getWorksheet('programme')!;
    expect(prog.getCell('A14').value).toBe('as_of');
    expect(prog.getCell('A14').note).toBeTruthy();
    // In Arabic the sheets run right to left and the comments are Arabic.
    const ar = join(tempDir(), 'نموذج.xlsx');
    expect((await prim(['template', 'feed', '-o', ar, '--lang', 'ar'])).status).toBe(0);
    const wbAr = new ExcelJS.Workbook();
    await wbAr.xlsx.readFile(ar);
    const obsAr = wbAr.getWorksheet('observations')!;
    expect(obsAr.views[0]).toMatchObject({ rightToLeft: true });
    expect(String(obsAr.getCell('B1').note)).toContain('الفترة — فترة: 2022');
    // The empty template builds to clear problems, not a crash.
    const r = await prim(['build', path, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sheet programme, row 2, field id: required, but empty');
  });
});
