import { describe, expect, it } from 'vitest';
import { observationsTable } from '../../src/analysis/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

describe('observationsTable', () => {
  const feed = makeFeed({
    indicators: [indicator('visits', { name: { fr: 'Visites', en: 'Visits' } })],
    observations: [
      obs('visits', '2023-01', 12, { commune: 'agadir', sex: 'female' }),
      obs('visits', '2023-Q1', undefined, { region: 'oriental', suppressed: { below: 5 } }),
    ],
  });

  it('gives one tidy row per observation, with dates, implied regions and names', () => {
    const rows = observationsTable(feed).objects();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      index: 0,
      indicator: 'visits',
      indicator_name: 'Visites',
      period: '2023-01',
      start: '2023-01-01',
      end: '2023-01-31',
      value: 12,
      region: 'souss-massa',
      region_name: 'Souss-Massa',
      commune: 'agadir',
      commune_name: 'Agadir',
      sex: 'female',
      sex_name: 'Femmes',
      synthetic: false,
    });
    expect(rows[1]).toMatchObject({ value: undefined, suppressed_below: 5, region: 'oriental' });
  });

  it('names things in the language asked for, with fallback', () => {
    const rows = observationsTable(feed, { lang: 'ar' }).objects();
    expect(rows[0]).toMatchObject({ commune_name: 'أكادير', indicator_name: 'Visites' });
  });

  it('is an arquero table evaluators can transform', () => {
    const t = observationsTable(feed).filter((d: { region: string }) => d.region === 'oriental');
    expect(t.numRows()).toBe(1);
  });
});
