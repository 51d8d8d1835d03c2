import { describe, expect, it } from 'vitest';
import { fundPipeline } from '../../src/index.js';
import { fundFeed } from '../fixtures/make-feed.js';

describe('fundPipeline', () => {
  const feed = fundFeed();

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
