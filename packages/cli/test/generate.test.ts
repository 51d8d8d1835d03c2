import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prim, tempFile } from './run-cli.js';

describe('prim generate register', () => {
  it('writes the number of rows asked for, the same for a seed, every row synthetic', async () => {
    const a = await prim(['generate', 'register', '--rows', '300', '--seed', '4']);
    expect(a.status).toBe(0);
    const lines = a.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('date,commune,profile,sex,request_type,outcome,synthetic');
    expect(lines).toHaveLength(301);
    expect(lines.slice(1).every((l) => l.endsWith(',true'))).toBe(true);
    expect((await prim(['generate', 'register', '--rows', '300', '--seed', '4'])).stdout).toBe(
      a.stdout,
    );
    expect((await prim(['generate', 'register', '--rows', '300', '--seed', '5'])).stdout).not.toBe(
      a.stdout,
    );
  });

  it('gives a register that aggregates to a feed marked synthetic', async () => {
    const path = join(tempFile(''), '..', 'demo.csv');
    expect(
      (await prim(['generate', 'register', '--rows', '2000', '--seed', '1', '-o', path])).status,
    ).toBe(0);
    const out = join(path, '..', 'demo.feed.json');
    const r = await prim(['aggregate', path, '-o', out]);
    expect(r.status).toBe(0);
    const feed = JSON.parse(readFileSync(out, 'utf8')) as {
      sources: { kind?: string }[];
      observations: { synthetic?: boolean }[];
    };
    expect(feed.sources[0]?.kind).toBe('synthetic');
    expect(feed.observations.every((o) => o.synthetic === true)).toBe(true);
  });

  it('refuses bad options', async () => {
    expect((await prim(['generate', 'register', '--rows', '-3'])).status).toBe(2);
    expect((await prim(['generate', 'register', '--from', '2023-13'])).stderr).toContain('YYYY-MM');
  });
});
