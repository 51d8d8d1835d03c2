import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { prim, tempFile } from './run-cli.js';

const HEADER_FR = 'Nom;Date;Commune;Profil;Sexe;Type de demande;Suite donnée;Téléphone;Remarques';
const person = (i: number) => `Personne Secrète ${i}`;
const phone = (i: number) => `06 11 22 33 ${String(i).padStart(2, '0')}`;
const note = 'confidential remark about health';

/** July 2023 in Belfaa: 12 MRE men, 7 rights-holder women, 6 RPT men and one RPT woman. */
function julyRegister(): string {
  const lines = [HEADER_FR];
  let i = 0;
  const add = (n: number, profile: string, sex: string, outcome = 'Informé') => {
    for (let k = 0; k < n; k++, i++) {
      lines.push(
        `${person(i)};${String((i % 28) + 1).padStart(2, '0')}/07/2023;Belfaa;${profile};${sex};Pension;${outcome};${phone(i)};${note}`,
      );
    }
  };
  add(12, 'MRE', 'Homme');
  add(7, 'Ayant droit', 'Femme', 'Résolu');
  add(6, 'RPT', 'Homme');
  add(1, 'RPT', 'Femme');
  return `${lines.join('\n')}\n`;
}

const feedOf = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as {
    observations: {
      indicator: string;
      profile?: string;
      sex?: string;
      value?: number;
      suppressed?: { below: number };
    }[];
  };

describe('prim aggregate', () => {
  it('writes a valid feed with no name, phone or note in it, and withholds the one RPT woman', async () => {
    const reg = tempFile(julyRegister(), 'registre.csv');
    const out = join(reg, '..', 'feed.json');
    const r = await prim(['aggregate', reg, '-o', out]);
    expect(r.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    for (let i = 0; i < 26; i++) {
      expect(text).not.toContain(person(i));
      expect(text).not.toContain(phone(i));
      expect(r.stdout + r.stderr).not.toContain(phone(i));
    }
    expect(text).not.toContain('Secrète');
    expect(text).not.toContain('confidential');
    expect(r.stderr).toContain(
      'personal columns present and never read: Nom, Téléphone, Remarques',
    );
    expect(r.stderr).toContain('26 register rows read: 26 aggregated, 0 rejected');
    expect((await prim(['validate', out])).status).toBe(0);

    const people = feedOf(out).observations.filter((o) => o.indicator === 'baom-footfall');
    const her = people.find((o) => o.profile === 'rpt' && o.sex === 'female');
    expect(her).toEqual(expect.objectContaining({ suppressed: { below: 5 } }));
    expect(her?.value).toBeUndefined();
    // '< k' is never zero: every withheld cell stands for at least one person.
    expect(people.every((o) => o.suppressed === undefined || o.value === undefined)).toBe(true);
    // Neither the RPT row nor the women's column can be closed by subtraction.
    const rptTotal = people.find((o) => o.profile === 'rpt' && !o.sex);
    const rptMen = people.find((o) => o.profile === 'rpt' && o.sex === 'male');
    expect(rptTotal?.value === undefined || rptMen?.value === undefined).toBe(true);
    const women = people.find((o) => !o.profile && o.sex === 'female');
    const holders = people.find((o) => o.profile === 'rights-holder' && o.sex === 'female');
    expect(women?.value === undefined || holders?.value === undefined).toBe(true);
  });

  it('honours --k', async () => {
    const reg = tempFile(julyRegister(), 'registre.csv');
    const r = await prim(['aggregate', reg, '--k', '8']);
    expect(r.status).toBe(0);
    const feed = JSON.parse(r.stdout) as ReturnType<typeof feedOf>;
    const holders = feed.observations.find(
      (o) => o.indicator === 'baom-footfall' && o.profile === 'rights-holder' && o.sex === 'female',
    );
    // 7 women: published at k = 5, withheld at k = 8.
    expect(holders?.value).toBeUndefined();
    expect(holders?.suppressed?.below).toBeGreaterThanOrEqual(8);
    expect((await prim(['aggregate', reg, '--k', '1'])).status).toBe(2);
  });

  it('reports bad rows with file, row number and reason, writes the rejects file, and keeps the good rows', async () => {
    const text = [
      'date,commune,profile,sex,request_type,outcome,name',
      '15/07/2023,Belfaa,mre,male,pension,informed,Ahmed Secret',
      '31/02/2023,Belfaa,mre,male,pension,informed,Bad Date',
      '15/07/2023,Atlantis,mre,male,pension,informed,Bad Place',
      '١٥/٠٧/٢٠٢٣,Belfaa,rpt,female,health,oriented,Arabic Digits',
      '15/07/2023,Belfaa,alien,male,pension,informed,Bad Profile',
    ].join('\n');
    const reg = tempFile(text, 'reg.csv');
    const rejects = join(reg, '..', 'rejects.csv');
    const r = await prim(['aggregate', reg, '--rejects', rejects]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('rejected: reg.csv, row 3: date does not exist in the calendar');
    expect(r.stderr).toContain('rejected: reg.csv, row 4: unknown commune\n');
    expect(r.stderr).toContain('rejected: reg.csv, row 6: unknown profile "alien"');
    expect(r.stderr).toContain('5 register rows read: 2 aggregated, 3 rejected');
    const rej = readFileSync(rejects, 'utf8');
    expect(rej).toContain('file,sheet,row,reason');
    expect(rej).toMatch(/reg\.csv,csv,4,unknown commune\r?\n/);
    expect(rej).not.toContain('Atlantis');
    expect(rej).not.toContain('Bad Date');
    const total = (JSON.parse(r.stdout) as ReturnType<typeof feedOf>).observations.find(
      (o) => o.indicator === 'baom-footfall' && !o.profile && !o.sex,
    );
    expect(total).toEqual(expect.objectContaining({ suppressed: { below: 5 } }));
  });

  it('reads XLSX registers with Arabic headers and real date cells, naming the sheet of a bad row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('يوليوز');
    ws.addRow(['الاسم', 'التاريخ', 'الجماعة', 'الفئة', 'الجنس', 'نوع الطلب', 'النتيجة']);
    for (let i = 0; i < 6; i++)
      ws.addRow([
        'سر',
        new Date(Date.UTC(2023, 6, 3 + i)),
        'بلفاع',
        'مغاربة العالم',
        'ذكر',
        'معاش',
        'تم الإخبار',
      ]);
    ws.addRow(['سر', '2023-07-40', 'بلفاع', 'مغاربة العالم', 'ذكر', 'معاش', 'تم الإخبار']);
    const path = tempFile('', 'register.xlsx');
    await wb.xlsx.writeFile(path);
    const r = await prim(['aggregate', path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'rejected: register.xlsx, sheet "يوليوز", row 8: date does not exist in the calendar',
    );
    const feed = JSON.parse(r.stdout) as ReturnType<typeof feedOf>;
    expect(
      feed.observations.find((o) => o.indicator === 'baom-footfall' && !o.profile && !o.sex)?.value,
    ).toBe(6);
    expect(r.stdout).not.toContain('سر');
  });

  it('turns fund records into fund indicators, keeping each currency', async () => {
    const fund = tempFile(
      [
        'call;region;commune;closed;applications;selected;funded;amount;currency',
        'or-call-1;Oriental;Oujda;11/02/2022;40;12;5;1 250 000;MAD',
        'or-call-1;Oriental;;11/02/2022;10;3;2;90 000;EUR',
        'sm-call-9;Souss-Massa;;30/06/2023;15;7;9;;',
      ].join('\n'),
      'fund.csv',
    );
    const r = await prim(['aggregate', '--fund', fund]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('fund.csv, row 4: more projects funded than selected');
    const feed = JSON.parse(r.stdout) as {
      observations: { indicator: string; value?: number; currency?: string }[];
    };
    const budgets = feed.observations.filter((o) => o.indicator === 'fund-budget');
    expect(budgets.map((o) => [o.value, o.currency])).toEqual([
      [1250000, 'MAD'],
      [90000, 'EUR'],
    ]);
    expect(feed.observations.find((o) => o.indicator === 'fund-completion')?.value).toBe(7);
  });

  it('gives clear errors for malformed files, never a crash', async () => {
    const empty = tempFile('', 'empty.csv');
    const pdf = tempFile('%PDF-1.4 binary', 'register.csv');
    const missing = tempFile('date,commune,profile\n15/07/2023,Belfaa,mre\n', 'missing.csv');
    const headerOnly = tempFile('date,commune,profile,sex,request_type,outcome\n', 'header.csv');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Vide');
    const emptySheet = tempFile('', 'empty-sheet.xlsx');
    await wb.xlsx.writeFile(emptySheet);
    const zip = tempFile('', 'broken.xlsx');
    writeFileSync(zip, Buffer.from('PK\u0003\u0004 this is not a real zip'));

    const r = await prim([
      'aggregate',
      empty,
      pdf,
      missing,
      headerOnly,
      emptySheet,
      zip,
      '/nonexistent/r.csv',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('empty file (0 bytes)');
    expect(r.stderr).toContain('not a spreadsheet: a PDF document');
    expect(r.stderr).toContain('missing columns: sex, request_type, outcome');
    expect(r.stderr).toContain('no data rows under the header');
    expect(r.stderr).toContain('empty-sheet.xlsx');
    expect(r.stderr).toContain('broken.xlsx');
    expect(r.stderr).toContain('no such file or directory (ENOENT)');
    expect(r.stderr).toContain('nothing to aggregate');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stdout).toBe('');
  });
});

describe('prim aggregate --rejects', () => {
  it('writes a rejects file that is safe to open in Excel: a sheet named like a formula stays text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('=HYPERLINK("x")');
    ws.addRow(['date', 'commune', 'profile', 'sex', 'request_type', 'outcome']);
    ws.addRow(['15/07/2023', 'belfaa', 'mre', 'male', 'pension', 'nope']);
    const path = tempFile('', '@register.xlsx');
    await wb.xlsx.writeFile(path);
    const rejects = join(path, '..', 'rejects.csv');
    expect((await prim(['aggregate', path, '--rejects', rejects])).status).toBe(1);
    const lines = readFileSync(rejects, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe('file,sheet,row,reason');
    expect(lines[1]).toBe(`'@register.xlsx,"'=HYPERLINK(""x"")",2,"unknown outcome ""nope"""`);
  });
});
