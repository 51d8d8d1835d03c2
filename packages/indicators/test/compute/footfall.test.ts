import { describe, expect, it } from 'vitest';
import { footfall } from '../../src/index.js';
import type { Observation } from '../../src/schema/types.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

const ff = indicator('baom-footfall');

/** A synthetic year: 10 people a month, 40 in July and August; MRE in summer, women otherwise. */
function year(y: string): Observation[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${y}-${String(i + 1).padStart(2, '0')}`;
    const summer = i === 6 || i === 7;
    return obs('baom-footfall', month, summer ? 40 : 10, {
      commune: summer ? 'agadir' : 'taliouine',
      profile: summer ? 'mre' : 'rights-holder',
      sex: summer ? 'male' : 'female',
      synthetic: true,
      source: 'synthetic',
    });
  });
}

describe('footfall', () => {
  const feed = makeFeed({ indicators: [ff], observations: year('2023') });
  const f = footfall(feed);

  it('totals and breaks down the people received, and says the data is synthetic', () => {
    expect(f.total.value).toBe(180);
    expect(f.synthetic).toBe(true);
    expect(f.total.synthetic).toBe(true);
    expect(f.byCommune.map((r) => [r.key, r.value])).toEqual([
      ['agadir', 80],
      ['taliouine', 100],
    ]);
    expect(f.bySex.map((r) => [r.key, r.value])).toEqual([
      ['female', 100],
      ['male', 80],
    ]);
    expect(f.byProfile.map((r) => [r.key, r.value, r.share])).toEqual([
      ['mre', 80, 80 / 180],
      ['rights-holder', 100, 100 / 180],
    ]);
  });

  it('measures the July–August season', () => {
    expect(f.seasonality.julyAugustShare).toBeCloseTo(80 / 180, 12);
    expect(f.seasonality.peakRatio).toBe(4);
  });

  it('lists every month in range, undefined where nothing was reported', () => {
    const gap = makeFeed({
      indicators: [ff],
      observations: [obs('baom-footfall', '2023-01', 5), obs('baom-footfall', '2023-04', 6)],
    });
    const g = footfall(gap);
    expect(g.byMonth.map((p) => p.value)).toEqual([5, undefined, undefined, 6]);
    expect(g.synthetic).toBe(false);
    // no complete year: the season cannot be measured
    expect(g.seasonality).toEqual({ years: [], julyAugustShare: undefined, peakRatio: undefined });
  });

  it('is empty, not zero, for a feed without footfall', () => {
    const none = footfall(makeFeed());
    expect(none.total.value).toBeUndefined();
    expect(none.byMonth).toEqual([]);
    expect(none.byProfile).toEqual([]);
  });
});
