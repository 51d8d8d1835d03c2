import { describe, expect, it } from 'vitest';
import { conflictingSources } from '../../../src/compute/flags/conflicting-sources.js';
import { indicator, makeFeed, obs } from '../../fixtures/make-feed.js';

describe('conflicting-sources', () => {
  it('flags sources that disagree on the same period and place', () => {
    const feed = makeFeed({
      indicators: [indicator('budget', { kind: 'currency' })],
      observations: [
        obs('budget', '2024-05', 8_220_000, { region: 'souss-massa', currency: 'MAD' }),
        obs('budget', '2024-05', 8_222_000, {
          region: 'souss-massa',
          currency: 'MAD',
          source: 'press',
        }),
        obs('budget', '2024-05', 750_000, { region: 'souss-massa', currency: 'EUR' }),
      ],
    });
    const flags = conflictingSources(feed);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      code: 'conflicting-sources',
      indicator: 'budget',
      period: '2024-05',
      region: 'souss-massa',
      sources: ['press', 'eval'],
      observations: [1, 0],
    });
    expect(flags[0]?.message).toBe(
      'budget, 2024-05, region souss-massa: sources disagree: 8222000 (press, 2024-05), 8220000 (eval, 2024-05); using the first, from the latest-dated source.',
    );
  });

  it('flags a cumulative count that falls from one source to a later one', () => {
    const feed = makeFeed({
      indicators: [indicator('cov', { aggregation: 'last', cumulative: true })],
      observations: [
        obs('cov', '2022-03', 16, { source: 'brochure' }),
        obs('cov', '2022-Q4', 15, { source: 'eval' }),
        obs('cov', '2024', 16, { source: 'press' }),
      ],
      asOf: '2024-12-31',
    });
    expect(conflictingSources(feed).map((f) => f.message)).toEqual([
      'cov, 2022-Q4, all places: a cumulative count falls from one source to a later one: 16 (brochure, 2022-03), 15 (eval, 2022-Q4).',
    ]);
  });

  it('flags a cumulative total that falls below the sum of its places reported earlier', () => {
    const feed = makeFeed({
      indicators: [indicator('funded', { aggregation: 'last', cumulative: true })],
      asOf: '2024-12-31',
      observations: [
        obs('funded', '2024-05', 36, { region: 'oriental', source: 'press' }),
        obs('funded', '2024-05', 27, { region: 'souss-massa', source: 'brochure' }),
        obs('funded', '2024-12', 60, { source: 'afd' }),
      ],
    });
    const flags = conflictingSources(feed);
    expect(flags.map((f) => f.message)).toEqual([
      'funded, 2024-12, all places: the cumulative total falls from 63 (press + brochure) to 60 (afd).',
    ]);
    expect(flags[0]).toMatchObject({
      sources: ['press', 'brochure', 'afd'],
      observations: [0, 1, 2],
    });
  });
});
