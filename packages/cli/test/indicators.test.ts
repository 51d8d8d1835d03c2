import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureFeed, prim, tempFile } from './run-cli.js';

describe('prim indicators', () => {
  it('prints the asOf line, the three sections and the synthetic-data note', async () => {
    const r = await prim(['indicators', FIXTURE]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('As of 2024-05-31');
    expect(r.stdout).toMatch(/^fund-completion\s+63\s+May 2024\s+100\s+63%/m);
    expect(r.stdout).toMatch(/^baom-footfall .*\(synthetic\)$/m);
    expect(r.stdout).toMatch(/^sm-training-2022-11 .*11\s+29\s+27.5%\s+50%\s+below/m);
    expect(r.stdout).toContain('Data-quality flags');
    expect(r.stdout).toContain('Note: figures marked (synthetic)');
  });

  it('--json carries sources as lists of ids and each figure as a typed reading, no joined strings', async () => {
    const r = await prim(['indicators', '--json']);
    const report = JSON.parse(r.stdout) as { indicators: Array<Record<string, unknown>> };
    // Every string except the English sentences of the flags is one value, never 'A + B'.
    const joined: string[] = [];
    const walk = (v: unknown, key: string): void => {
      if (typeof v === 'string' && key !== 'message' && / \+ |; /.test(v))
        joined.push(`${key}: ${v}`);
      else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
    };
    walk(report, '');
    expect(joined).toEqual([]);
    const fund = report.indicators.find((i) => i.id === 'fund-completion') as {
      conflicts: Array<{ values: Array<{ sources: unknown }> }>;
    };
    expect(fund.conflicts.length).toBeGreaterThan(0);
    for (const c of fund.conflicts)
      for (const v of c.values) expect(Array.isArray(v.sources)).toBe(true);
    const footfall = report.indicators.find((i) => i.id === 'baom-footfall');
    expect(footfall?.reading).toMatchObject({
      value: 3059,
      bound: 'exact',
      span: { start: '2021-05', end: '2024-08' },
      synthetic: true,
    });
  });

  it('--json prints exactly one JSON object with asOf, indicators, parity and flags', async () => {
    const r = await prim(['indicators', FIXTURE, '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(['asOf', 'flags', 'indicators', 'later', 'parity']);
    expect(report.asOf).toBe('2024-05-31');
    const parity = report.parity as Array<{ activity: string; shareWomen: number }>;
    expect(parity.find((p) => p.activity === 'sm-training-2022-11')?.shareWomen).toBe(0.275);
  });

  it('--as-of moves the date every figure is computed at', async () => {
    const r = await prim(['indicators', FIXTURE, '--json', '--as-of', '2022-12-31']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as {
      asOf: string;
      indicators: Array<{ id: string; actual?: number }>;
    };
    expect(report.asOf).toBe('2022-12-31');
    expect(report.indicators.find((i) => i.id === 'fund-completion')?.actual).toBe(5);
  });

  it('exits 2 for an --as-of that is not a calendar date, or an unknown --lang', async () => {
    const date = await prim(['indicators', FIXTURE, '--as-of', '2023-02-29']);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('--as-of expects a calendar date YYYY-MM-DD, got "2023-02-29"');
    expect(date.stdout).toBe('');
    const lang = await prim(['indicators', FIXTURE, '--lang', 'de']);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('--lang expects fr or en');
  });

  it('speaks French with --lang fr', async () => {
    const r = await prim(['indicators', FIXTURE, '--lang', 'fr']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Situation au 2024-05-31');
    expect(r.stdout).toContain('Formation Souss-Massa, novembre 2022');
    expect(r.stdout).toContain('27,5\u00a0%');
  });

  it('computes on the good part of a partly bad feed, errors on stderr, exit 1', async () => {
    const feed = fixtureFeed();
    feed.observations[2] = { ...feed.observations[2], value: -1 };
    const r = await prim(['indicators', tempFile(JSON.stringify(feed)), '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: $.observations[2].value: expected a number ≥ 0');
    const report = JSON.parse(r.stdout) as { indicators: Array<{ id: string; actual?: number }> };
    expect(report.indicators.find((i) => i.id === 'fund-completion')?.actual).toBe(63);
  });

  it('exits 1 with nothing on stdout when nothing can be computed', async () => {
    const r = await prim(['indicators', '-'], '[]');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('standard input: error: $: expected a feed object, got an array');
  });

  it('reads standard input and reports unknown fields as warnings on stderr', async () => {
    const r = await prim(
      ['indicators', '-', '--json'],
      JSON.stringify({ ...fixtureFeed(), extra: 1 }),
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning: $: unknown field "extra"');
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });

  it('exits 2 when the feed file cannot be read', async () => {
    const r = await prim(['indicators', '/nonexistent/feed.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/nonexistent/feed.json: no such file or directory (ENOENT)');
  });

  it('prints markup in feed names verbatim and control characters as escapes', async () => {
    const feed = fixtureFeed();
    feed.activities[0] = {
      ...feed.activities[0],
      name: { en: '<script>alert(1)</script>\u001b[31m' },
    };
    const r = await prim(['indicators', tempFile(JSON.stringify(feed))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<script>alert(1)</script>\\u001b[31m');
    expect(r.stdout).not.toContain('\u001b');
  });
});
