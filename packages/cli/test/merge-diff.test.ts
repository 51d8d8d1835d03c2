import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureFeed, prim, tempFile } from './run-cli.js';

const write = (value: unknown, name: string) => tempFile(JSON.stringify(value), name);

/** Next month's feed: fund completion revised up by another source, a new footfall month. */
function nextMonth() {
  const feed = fixtureFeed();
  feed.asOf = '2024-06-30';
  feed.observations.push(
    { indicator: 'fund-completion', period: '2024-06', value: 92, source: 'mte' },
    {
      indicator: 'baom-footfall',
      period: '2024-02',
      value: 7,
      commune: 'tiznit',
      source: 'demo',
      synthetic: true,
    },
  );
  (feed.observations[0] as { value: number }).value = 6;
  return feed;
}

describe('prim merge', () => {
  it('merges feeds of one programme, keeping both sources’ figures for the same cell', async () => {
    const other = fixtureFeed();
    other.observations = [
      { indicator: 'fund-completion', period: '2024-05', value: 60, source: 'demo' },
    ];
    const out = join(tempFile('', 'x'), '..', 'merged.json');
    const r = await prim(['merge', FIXTURE, write(other, 'fund.json'), '-o', out]);
    expect(r.stderr).toContain('wrote');
    expect(r.status).toBe(0);
    const merged = JSON.parse(readFileSync(out, 'utf8')) as ReturnType<typeof fixtureFeed>;
    expect(merged.observations).toHaveLength(fixtureFeed().observations.length + 1);
    const flags = await prim(['indicators', out, '--json']);
    const codes = (JSON.parse(flags.stdout) as { flags: { code: string; indicator: string }[] })
      .flags;
    expect(codes).toContainEqual(
      expect.objectContaining({ code: 'conflicting-sources', indicator: 'fund-completion' }),
    );
  });

  it('exits 1 naming an id defined differently in two inputs, and writes nothing', async () => {
    const other = fixtureFeed();
    other.indicators[0] = { ...other.indicators[0], name: { en: 'Completion of the fund' } };
    const path = write(other, 'iati.json');
    const r = await prim(['merge', FIXTURE, path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `indicator "fund-completion" is defined differently in ${FIXTURE} and ${path}`,
    );
    expect(r.stdout).toBe('');
  });

  it('needs two feeds', async () => {
    expect((await prim(['merge', FIXTURE])).status).toBe(2);
  });
});

describe('prim diff', () => {
  it('prints {added, removed, changed, statusChanges} naming indicators and periods', async () => {
    const r = await prim(['diff', FIXTURE, write(nextMonth(), 'june.json'), '--json']);
    expect(r.status).toBe(0);
    const diff = JSON.parse(r.stdout) as Record<
      string,
      { indicator: string; period?: string; before?: string; after?: string }[]
    >;
    expect(Object.keys(diff)).toEqual(['added', 'removed', 'changed', 'statusChanges']);
    expect(diff.added!.map((c) => [c.indicator, c.period])).toEqual([
      ['fund-completion', '2024-06'],
      ['baom-footfall', '2024-02'],
    ]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed!.map((c) => [c.indicator, c.period])).toEqual([
      ['fund-completion', '2022-H1'],
    ]);
    expect(diff.statusChanges!.map((s) => [s.indicator, s.before, s.after])).toEqual([
      ['fund-completion', 'off-track', 'on-track'],
    ]);
  });

  it('says what changed in French text, and nothing when nothing did', async () => {
    const r = await prim(['diff', FIXTURE, write(nextMonth(), 'juin.json'), '--lang', 'fr']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Ajouts (2)\n  + observation fund-completion 2024-06 [source=mte]: 92',
    );
    expect(r.stdout).toContain(
      'Modifications (1)\n  ~ observation fund-completion 2022-H1 [source=mte]: value 5 → 6',
    );
    expect(r.stdout).toContain(
      'fund-completion (2024-06): en retard → en bonne voie [2024-05-31 → 2024-06-30]',
    );
    expect((await prim(['diff', FIXTURE, FIXTURE])).stdout).toBe('No change.\n');
  });

  it('refuses a bad date, a missing feed and an invalid one', async () => {
    expect((await prim(['diff', FIXTURE, FIXTURE, '--as-of', '2024-02-30'])).status).toBe(2);
    expect((await prim(['diff', FIXTURE])).status).toBe(2);
    expect((await prim(['diff', FIXTURE, tempFile('{}')])).status).toBe(1);
  });
});
