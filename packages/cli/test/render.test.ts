import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureFeed, prim, tempFile } from './run-cli.js';

const outFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'prim-render-')), name);

describe('prim render', () => {
  it('writes a standalone SVG of the parity check, with French labels and values', async () => {
    const out = outFile('parity.svg');
    const r = await prim(['render', 'parity', '--feed', FIXTURE, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="480"/);
    expect(svg).toContain('<title id="prim-title">Part des femmes');
    expect(svg).toMatch(/27,5\s%/);
    expect(svg).not.toContain('<script');
  });

  it('draws in Arabic, right to left, at the width and date asked for', async () => {
    const r = await prim([
      'render',
      'indicator',
      '--feed',
      FIXTURE,
      '--indicator',
      'fund-completion',
      '--lang',
      'ar',
      '--width',
      '360',
      '--as-of',
      '2022-12-31',
      '--theme',
      'dark',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<svg [^>]*width="360"[^>]*direction="rtl"/);
    // ar-MA: Moroccan month names (دجنبر for December), Latin digits.
    expect(r.stdout).toContain('31 دجنبر 2022');
  });

  it('uses the built-in PRIM feed without --feed', async () => {
    const r = await prim(['render', 'progress']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Avancement');
  });

  it('exits 2 for an unknown widget, a missing or unknown indicator, or bad options', async () => {
    for (const args of [
      ['render', 'pie', '--feed', FIXTURE],
      ['render', 'indicator', '--feed', FIXTURE],
      ['render', 'indicator', '--feed', FIXTURE, '--indicator', 'nope'],
      ['render', 'parity', '--feed', FIXTURE, '--lang', 'de'],
      ['render', 'parity', '--feed', FIXTURE, '--width', 'wide'],
      ['render', 'parity', '--feed', FIXTURE, '--as-of', '2023-02-29'],
    ]) {
      const r = await prim(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^prim render: /);
    }
    expect(
      (await prim(['render', 'indicator', '--feed', FIXTURE, '--indicator', 'nope'])).stderr,
    ).toContain('no indicator "nope"');
  });

  it('exits 1 for an invalid feed, and 2 for a feed it cannot read', async () => {
    const broken = fixtureFeed();
    broken.schema = 'prim-feed/9';
    expect(
      (await prim(['render', 'parity', '--feed', tempFile(JSON.stringify(broken))])).status,
    ).toBe(1);
    expect((await prim(['render', 'parity', '--feed', '/no/such/feed.json'])).status).toBe(2);
  });
});
