import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prim, tempFile } from './run-cli.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/registers/iati-activity.xml', import.meta.url));

describe('prim import-iati', { timeout: 60_000 }, () => {
  it('turns an IATI 2.03 activity into a valid feed, with warnings for what it leaves out', () => {
    const r = prim(['import-iati', FIXTURE]);
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
    expect(prim(['import-iati', FIXTURE, '-o', out]).status).toBe(0);
    expect(prim(['validate', out]).status).toBe(0);
  });

  it('says what is wrong with a file that is not IATI XML, without a stack trace', () => {
    const broken = prim(['import-iati', tempFile('<iati-activities><iati-activity>', 'a.xml')]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('not well-formed XML');
    const html = prim(['import-iati', tempFile('<html><body/></html>', 'b.xml')]);
    expect(html.status).toBe(1);
    expect(html.stderr).toContain('no iati-activity element');
    expect(prim(['import-iati', '/nonexistent.xml']).status).toBe(2);
    expect(broken.stderr + html.stderr).not.toMatch(/\n\s+at /);
  });
});
