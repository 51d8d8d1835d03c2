import { describe, expect, it } from 'vitest';
import { diffFeeds } from '../../src/compare/diff-feeds.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

const COMPLETION = indicator('fund-completion', {
  aggregation: 'last',
  cumulative: true,
  target: { value: 100, date: '2024-08-31' },
});
const FOOTFALL = indicator('baom-footfall');

const lastMonth = makeFeed({
  asOf: '2024-06-30',
  indicators: [COMPLETION, FOOTFALL],
  observations: [
    obs('fund-completion', '2024-Q1', 40, { source: 'press' }),
    obs('baom-footfall', '2024-05', 120, { region: 'souss-massa' }),
    obs('baom-footfall', '2024-06', 80, { region: 'souss-massa' }),
  ],
});

describe('diffFeeds', () => {
  it('finds nothing between a feed and itself', () => {
    expect(diffFeeds(lastMonth, structuredClone(lastMonth))).toEqual({
      added: [],
      removed: [],
      changed: [],
      statusChanges: [],
    });
  });

  it('names added, removed and changed observations and definitions by indicator and period', () => {
    const thisMonth = makeFeed({
      asOf: '2024-07-31',
      indicators: [{ ...COMPLETION, target: { value: 90, date: '2024-08-31' } }, FOOTFALL],
      observations: [
        obs('fund-completion', '2024-Q1', 40, { source: 'press' }),
        obs('fund-completion', '2024-07', 95, { source: 'afd' }),
        obs('baom-footfall', '2024-06', 85, { region: 'souss-massa' }),
      ],
    });
    const diff = diffFeeds(lastMonth, thisMonth);
    expect(diff.added.map((c) => [c.kind, c.indicator, c.period])).toEqual([
      ['observation', 'fund-completion', '2024-07'],
    ]);
    expect(diff.removed.map((c) => [c.kind, c.indicator, c.period, c.where])).toEqual([
      ['observation', 'baom-footfall', '2024-05', { region: 'souss-massa', source: 'eval' }],
    ]);
    expect(diff.changed.map((c) => [c.kind, c.indicator, c.period])).toEqual([
      ['indicator', 'fund-completion', undefined],
      ['observation', 'baom-footfall', '2024-06'],
    ]);
    expect(diff.changed[1]).toMatchObject({ before: { value: 80 }, after: { value: 85 } });
    // 40 of 100 at the end of June was off track; 95 of 90 in July is achieved.
    expect(diff.statusChanges).toEqual([
      {
        indicator: 'fund-completion',
        period: '2024-07',
        before: 'off-track',
        after: 'achieved',
        asOf: { before: '2024-06-30', after: '2024-07-31' },
      },
    ]);
  });

  it('computes both statuses at one date when asked', () => {
    const thisMonth = makeFeed({
      ...lastMonth,
      asOf: '2024-07-31',
      observations: [
        ...lastMonth.observations,
        obs('fund-completion', '2024-07', 100, { source: 'afd' }),
      ],
    });
    const diff = diffFeeds(lastMonth, thisMonth, { asOf: '2024-06-30' });
    expect(diff.added).toHaveLength(1);
    // As at the end of June the July figure does not count yet: no status changed.
    expect(diff.statusChanges).toEqual([]);
  });
});
