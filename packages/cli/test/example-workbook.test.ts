/** The example workbook of the README's monthly loop builds, and gives the expected indicators. */
import { readFileSync } from 'node:fs';
import { computeIndicators, type Feed } from '@prim/indicators';
import { describe, expect, it } from 'vitest';
import { prim } from './run-cli.js';

const example = (name: string) => new URL(`../examples/${name}`, import.meta.url).pathname;

describe('the example workbook of the fictional Oasis programme', () => {
  it('builds to its feed, whose indicators are the ones the README shows', async () => {
    const r = await prim(['build', example('oasis.xlsx')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const feed = JSON.parse(r.stdout) as Feed;
    expect(feed).toEqual(JSON.parse(readFileSync(example('oasis.feed.json'), 'utf8')));
    const report = computeIndicators(feed);
    expect(report.indicators.map((i) => [i.id, i.actual, i.actualPeriod, i.status])).toEqual([
      ['wells-rehabilitated', 29, '2024-Q4', 'on-track'],
      ['households-served', 640, '2024-12', 'at-risk'],
      ['committee-members', 59, '2024-03', 'at-risk'],
      ['budget-disbursed', 6_900_000, '2024-12', 'on-track'],
    ]);
    expect(report.parity.map((p) => [p.activity, p.women, p.men, p.status])).toEqual([
      ['committee-training-2024', 21, 38, 'below'],
    ]);
    // Two sources disagree on the households served in December: both kept, flagged.
    expect(report.flags.map((f) => [f.code, f.indicator])).toEqual([
      ['conflicting-sources', 'households-served'],
    ]);
  });
});
