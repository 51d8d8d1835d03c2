/** Bounded resources and clean exits: limits with clear messages, unwritable outputs caught first. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readLimited } from '../src/read-limited.js';
import { FIXTURE, fixtureFeed, prim, tempFile } from './run-cli.js';

const REGISTER = [
  'date,commune,profile,sex,request_type,outcome',
  ...Array.from({ length: 6 }, () => '15/07/2023,belfaa,mre,male,pension,informed'),
].join('\n');

/** One line on standard error, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0] as string;
}

describe('unwritable outputs', () => {
  it('--rejects to a missing directory: exit 2, one line, before any row is read', async () => {
    // The register does not exist either: reading it first would print a reject.
    const r = await prim([
      'aggregate',
      '/nonexistent/register.csv',
      '--rejects',
      '/nonexistent/dir/x.csv',
    ]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      'prim: cannot write /nonexistent/dir/x.csv: no such file or directory (ENOENT)',
    );
    expect(r.stdout).toBe('');
  });

  it('-o to an unwritable path: exit 2, one line, and no rejects file left behind', async () => {
    const reg = tempFile(REGISTER, 'reg.csv');
    const rejects = join(dirname(reg), 'rejects.csv');
    const r = await prim([
      'aggregate',
      reg,
      '--rejects',
      rejects,
      '-o',
      '/nonexistent/dir/feed.json',
    ]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain('cannot write /nonexistent/dir/feed.json');
    expect(readdirSync(dirname(reg))).toEqual(['reg.csv']);
  });

  it('-o to a directory, for every command that writes', async () => {
    const dir = dirname(tempFile(REGISTER, 'reg.csv'));
    mkdirSync(join(dir, 'x.csv'));
    for (const args of [
      ['aggregate', join(dir, 'reg.csv'), '-o', dir],
      ['generate', 'register', '--rows', '10', '-o', join(dir, 'x.csv')],
      ['import-iati', '/nonexistent.xml', '-o', dir],
      ['render', 'progress', '--feed', FIXTURE, '-o', dir],
    ]) {
      const r = await prim(args);
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/cannot write .*(directory|EISDIR)/);
    }
  });

  it('keeps the previous feed when a run writes nothing, and leaves no temporary file', async () => {
    const reg = tempFile('date,commune,profile,sex,request_type,outcome\n1,2,3,4,5,6\n', 'reg.csv');
    const out = join(dirname(reg), 'feed.json');
    writeFileSync(out, 'the good feed of last month');
    const r = await prim(['aggregate', reg, '-o', out]);
    expect(r.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('the good feed of last month');
    expect(readdirSync(dirname(reg)).sort()).toEqual(['feed.json', 'reg.csv']);
  });
});

describe('bounded resources', () => {
  it('standard input stops at its limit with a message', async () => {
    const stream = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(readLimited(stream, 1000)).rejects.toThrow(
      /more than 0 MB; a feed is far smaller/,
    );
    expect(await readLimited(Readable.from([Buffer.from('{"a":1}')]), 1000)).toBe('{"a":1}');
  });

  it('generate --rows has a ceiling', async () => {
    const r = await prim(['generate', 'register', '--rows', '50000000']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--rows is at most 5,000,000');
  });

  it('an .xlsx declaring huge shared strings is refused before it is decompressed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Juillet');
    ws.addRow(['date', 'commune', 'profile', 'sex', 'request_type', 'outcome']);
    ws.addRow(['15/07/2023', 'belfaa', 'mre', 'male', 'pension', 'informed']);
    const path = tempFile('', 'bomb.xlsx');
    await wb.xlsx.writeFile(path);
    // Rewrite the central directory's uncompressed size of xl/sharedStrings.xml to 2 GB.
    const zip = readFileSync(path);
    const name = Buffer.from('xl/sharedStrings.xml');
    let patched = false;
    for (let i = 0; i + 46 < zip.length; i++) {
      if (zip.readUInt32LE(i) !== 0x02014b50) continue;
      const len = zip.readUInt16LE(i + 28);
      if (zip.subarray(i + 46, i + 46 + len).equals(name)) {
        zip.writeUInt32LE(0x80000000, i + 24);
        patched = true;
      }
    }
    expect(patched).toBe(true);
    writeFileSync(path, zip);
    const r = await prim(['aggregate', path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'too large: its shared strings take 2048 MB decompressed (the limit is 64 MB)',
    );
  });

  it('deep nesting anywhere in a feed is an invalid feed (exit 1), not an internal error', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = JSON.stringify({ ...fixtureFeed(), extra: 0 }).replace(
      '"extra":0',
      `"extra":${deep}`,
    );
    const r = await prim(['validate', '-'], text);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('nested deeper than 32 levels');
    expect(r.stderr).not.toContain('internal error');
    const i = await prim(['indicators', '-'], text);
    expect(i.status).toBe(1);
    expect(i.stderr).not.toContain('internal error');
  });
});

describe('no temporary file is left when a write succeeds', () => {
  it('aggregate -o and --rejects', async () => {
    const reg = tempFile(`${REGISTER}\nbad,belfaa,mre,male,pension,informed\n`, 'reg.csv');
    const dir = dirname(reg);
    const r = await prim([
      'aggregate',
      reg,
      '-o',
      join(dir, 'f.json'),
      '--rejects',
      join(dir, 'r.csv'),
    ]);
    expect(r.status).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['f.json', 'r.csv', 'reg.csv']);
    expect(existsSync(join(dir, 'f.json'))).toBe(true);
  });
});
