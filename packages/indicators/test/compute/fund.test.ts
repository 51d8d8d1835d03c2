import { describe, expect, it } from 'vitest';
import { fundPipeline } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

describe('fundPipeline', () => {
  const feed = makeFeed({
    indicators: [
      indicator('fund-applications'),
      indicator('fund-selected'),
      indicator('fund-funded'),
      indicator('fund-budget', { kind: 'currency' }),
    ],
    observations: [
      obs('fund-applications', '2021', 10, { call: 'sm-call-1' }),
      obs('fund-selected', '2022-H1', 0, { call: 'sm-call-1' }),
      obs('fund-selected', '2022-02', 5, { call: 'or-call-1' }),
      obs('fund-funded', '2022-02', 5, { call: 'or-call-1' }),
      obs('fund-budget', '2022-02', 1_500_000, { call: 'or-call-1', currency: 'MAD' }),
      obs('fund-budget', '2022-02', 1_100_000, {
        call: 'or-call-1',
        currency: 'EUR',
        source: 'press',
        qualifier: 'approximate',
      }),
    ],
  });

  it('gives applications → selected → funded per call, zero kept distinct from unknown', () => {
    const rows = fundPipeline(feed);
    expect(rows.map((r) => [r.call, r.region, r.applications, r.selected, r.funded])).toEqual([
      ['sm-call-1', 'souss-massa', 10, 0, undefined],
      ['or-call-1', 'oriental', undefined, 5, 5],
    ]);
  });

  it('keeps one budget per currency', () => {
    const or = fundPipeline(feed)[1];
    expect(or?.budgets).toEqual([
      { amount: 1_500_000, currency: 'MAD' },
      { amount: 1_100_000, currency: 'EUR' },
    ]);
    expect(or).toMatchObject({ sources: ['eval', 'press'], qualifier: 'approximate' });
  });
});
