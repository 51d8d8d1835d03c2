import { describe, expect, it } from 'vitest';
import { stale } from '../../../src/compute/flags/stale.js';
import { indicator, makeFeed, obs } from '../../fixtures/make-feed.js';

describe('stale', () => {
  const observations = [obs('cells', '2022-08', 6, { region: 'oriental' })];

  it('flags an indicator not updated for more than 365 days by default', () => {
    const feed = makeFeed({
      indicators: [indicator('cells', { aggregation: 'last' })],
      observations,
    });
    const flags = stale(feed);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.message).toBe(
      'cells: the latest observation, for 2022-08, ended 731 days before the as-of date 2024-08-31 (stale after 365 days; source: eval).',
    );
    expect(stale(feed, { asOf: '2023-08-31' })).toEqual([]);
  });

  it('reads the limit from the indicator, else the feed', () => {
    const feed = makeFeed({
      indicators: [indicator('cells', { aggregation: 'last', staleAfterDays: 800 })],
      thresholds: { staleAfterDays: 30 },
      observations,
    });
    expect(stale(feed)).toEqual([]);
    const byFeed = makeFeed({ ...feed, indicators: [indicator('cells')], asOf: '2022-10-01' });
    expect(stale(byFeed)[0]?.message).toContain('ended 31 days before');
  });
});
