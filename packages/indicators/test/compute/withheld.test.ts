import { describe, expect, it } from 'vitest';
import { withheldByPeriod } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

const feed = makeFeed({
  indicators: [indicator('baom-footfall')],
  asOf: '2024-08-15',
  observations: [
    obs('baom-footfall', '2024-06', undefined, { profile: 'mre', suppressed: { below: 5 } }),
    obs('baom-footfall', '2024-06', undefined, { profile: 'rpt', suppressed: { below: 3 } }),
    obs('baom-footfall', '2024-06', 40, { profile: 'rights-holder' }),
    obs('baom-footfall', '2024-07', undefined, { sex: 'female', suppressed: { below: 5 } }),
    // Not over at the as-of date: not used, like its figure would not be.
    obs('baom-footfall', '2024-08', undefined, { suppressed: { below: 5 } }),
  ],
});

describe('withheldByPeriod', () => {
  it('adds up the bounds of the withheld counts of each period', () => {
    expect(withheldByPeriod(feed, 'baom-footfall')).toEqual({ '2024-06': 8, '2024-07': 5 });
  });

  it('keeps only the withheld counts the filter selects', () => {
    expect(withheldByPeriod(feed, 'baom-footfall', { filter: { profile: 'rpt' } })).toEqual({
      '2024-06': 3,
    });
    expect(withheldByPeriod(feed, 'baom-footfall', { filter: { sex: 'male' } })).toEqual({});
  });

  it('uses a period only once it is over at the as-of date', () => {
    expect(withheldByPeriod(feed, 'baom-footfall', { asOf: '2024-09-01' })['2024-08']).toBe(5);
  });
});
