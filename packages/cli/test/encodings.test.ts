/** Registers as French Excel saves them: Windows-1252 and UTF-16 "Unicode text". */
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { prim, tempFile } from './run-cli.js';

const HEADER = ['Date', 'Commune', 'Profil', 'Sexe', 'Type de demande', 'Suite donnée'];
const ROW = ['15/07/2023', 'Aït Amira', 'Ayant droit', 'Femme', 'Pension', 'Résolu'];
const lines = (sep: string, n = 6) =>
  [HEADER, ...Array.from({ length: n }, () => ROW)].map((r) => r.join(sep)).join('\r\n') + '\r\n';

async function aggregate(bytes: Buffer) {
  const path = tempFile('', 'registre.csv');
  writeFileSync(path, bytes);
  return prim(['aggregate', path]);
}

describe('register encodings', () => {
  it('reads a Windows-1252 CSV (Excel "CSV (point-virgule)"): Aït Amira is matched', async () => {
    const r = await aggregate(iconv.encode(lines(';'), 'win1252'));
    expect(r.stderr).toContain('6 register rows read: 6 aggregated, 0 rejected');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"commune": "ait-amira"');
  });

  it('reads UTF-16 LE with its byte-order mark (Excel "Texte Unicode", tab-separated)', async () => {
    const r = await aggregate(iconv.encode(lines('\t'), 'utf16le', { addBOM: true }));
    expect(r.stderr).toContain('6 aggregated, 0 rejected');
    expect(r.status).toBe(0);
  });

  it('reads UTF-16 BE with its byte-order mark', async () => {
    const r = await aggregate(iconv.encode(lines(','), 'utf16be', { addBOM: true }));
    expect(r.stderr).toContain('6 aggregated, 0 rejected');
  });

  it('refuses a file of mixed encodings whole, naming the line and how to save it', async () => {
    const utf8 = Buffer.from(lines(';', 8));
    const pasted = iconv.encode(`${ROW.join(';')}\r\n`, 'win1252');
    const r = await aggregate(Buffer.concat([utf8, pasted]));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'mixed text encodings: mostly UTF-8, but 2 bytes from another encoding (first on line 10)',
    );
    expect(r.stderr).toContain('CSV UTF-8');
    expect(r.stderr).toContain('nothing to aggregate');
  });

  it('refuses Arabic saved as Windows-1256 rather than reading gibberish', async () => {
    const text =
      'التاريخ;الجماعة;الفئة;الجنس;نوع الطلب;النتيجة\r\n15/07/2023;تيزنيت;مغاربة العالم;ذكر;معاش;تم الإخبار\r\n';
    const r = await aggregate(iconv.encode(text, 'win1256'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not UTF-8 (first on line 1) and not Windows-1252 text either');
  });
});
