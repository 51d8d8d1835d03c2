import { describe, expect, it } from 'vitest';
import { breakdown } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

describe('breakdown', () => {
  const feed = makeFeed({
    indicators: [indicator('visits')],
    observations: [
      obs('visits', '2023-01', 25, { commune: 'oujda' }),
      obs('visits', '2023-01', 100, { region: 'souss-massa' }),
      obs('visits', '2023-01', 60, { commune: 'agadir', sex: 'female' }),
      obs('visits', '2023-01', 40, { commune: 'taliouine' }),
      obs('visits', '2023-01', 35, { sex: 'female' }),
    ],
  });

  it('gives one row per value with data, in the feed’s order', () => {
    const rows = breakdown(feed, 'visits', 'region');
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ['souss-massa', 100],
      ['oriental', 25],
    ]);
  });

  it('reads communes’ regions from the dimensions', () => {
    expect(breakdown(feed, 'visits', 'commune').map((r) => [r.key, r.value])).toEqual([
      ['agadir', 60],
      ['taliouine', 40],
      ['oujda', 25],
    ]);
  });

  it('uses a reported total for a value rather than adding its parts', () => {
    expect(breakdown(feed, 'visits', 'sex')).toMatchObject([{ key: 'female', value: 35 }]);
  });

  it('respects filters', () => {
    const rows = breakdown(feed, 'visits', 'sex', { filter: { region: 'souss-massa' } });
    expect(rows).toMatchObject([{ key: 'female', value: 60 }]);
  });
});
