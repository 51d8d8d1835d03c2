import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prim, tempFile } from './run-cli.js';

const FIXTURE = fileURLToPath(new URL('../../../examples/activity.iati.xml', import.meta.url));

describe('prim import-iati', () => {
  it('turns an IATI 2.03 activity into a valid feed, with warnings for what it leaves out', async () => {
    const r = await prim(['import-iati', FIXTURE]);
    expect(r.status).toBe(0);
    const feed = JSON.parse(r.stdout) as {
      programme: { name: { fr?: string; en?: string }; start: string };
      indicators: { id: string; kind: string; target?: { value: number } }[];
      observations: { indicator: string; sex?: string; region?: string; value?: number }[];
    };
    expect(feed.programme.name.en).toBe('Regional Programme for Migration Initiatives');
    expect(feed.programme.start).toBe('2020-09-01');
    expect(feed.indicators.map((i) => i.kind)).toEqual(['count', 'ratio', 'count']);
    expect(feed.indicators[0]?.target?.value).toBe(100);
    expect(feed.observations.filter((o) => o.sex).map((o) => [o.sex, o.value])).toEqual([
      ['female', 11],
      ['male', 29],
    ]);
    expect(feed.observations.find((o) => o.region)?.region).toBe('oriental');
    expect(r.stderr).toContain('dimension "disability" has no feed equivalent');
    expect(r.stderr).toContain('measure 5');
    const out = tempFile('', 'iati.feed.json');
    expect((await prim(['import-iati', FIXTURE, '-o', out])).status).toBe(0);
    expect((await prim(['validate', out])).status).toBe(0);
  });

  it('imports the activity --activity names from a file of several', async () => {
    const one = readFileSync(FIXTURE, 'utf8');
    // The fixture's activity twice, the second under another identifier and title.
    const second = one
      .slice(one.indexOf('<iati-activity'), one.indexOf('</iati-activity>') + 16)
      .replace('FR-6-CMA-1234-01', 'FR-6-CMA-1234-02')
      .replace('Regional Programme for Migration Initiatives', 'Second programme');
    const file = tempFile(
      one.replace('</iati-activities>', `${second}</iati-activities>`),
      'two.xml',
    );
    const first = await prim(['import-iati', file]);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('choose another with --activity (FR-6-CMA-1234-02)');
    const chosen = await prim(['import-iati', file, '--activity', 'FR-6-CMA-1234-02']);
    expect(chosen.status).toBe(0);
    expect(JSON.parse(chosen.stdout).programme.name.en).toBe('Second programme');
    const missing = await prim(['import-iati', file, '--activity', 'FR-X']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      'no activity "FR-X" (the file has: FR-6-CMA-1234-01, FR-6-CMA-1234-02)',
    );
  });

  it('says what is wrong with a file that is not IATI XML, without a stack trace', async () => {
    const broken = await prim([
      'import-iati',
      tempFile('<iati-activities><iati-activity>', 'a.xml'),
    ]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('not well-formed XML');
    const html = await prim(['import-iati', tempFile('<html><body/></html>', 'b.xml')]);
    expect(html.status).toBe(1);
    expect(html.stderr).toContain('no iati-activity element');
    expect((await prim(['import-iati', '/nonexistent.xml'])).status).toBe(2);
    expect(broken.stderr + html.stderr).not.toMatch(/\n\s+at /);
  });
});
