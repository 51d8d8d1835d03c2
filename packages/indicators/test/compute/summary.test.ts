import { describe, expect, it } from 'vitest';
import { computeIndicators, qualityFlags } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

describe('computeIndicators', () => {
  const feed = makeFeed({
    indicators: [
      indicator('fund-completion', {
        aggregation: 'last',
        target: { value: 100, date: '2024-08-31' },
      }),
      indicator('baom-footfall'),
      indicator('participants', { parity: {} }),
    ],
    observations: [
      obs('fund-completion', '2022-H1', 5),
      obs('baom-footfall', '2022-07', 40, { synthetic: true, source: 'synthetic' }),
      obs('baom-footfall', '2024-08-31/2024-09-30', 40, { synthetic: true, source: 'synthetic' }),
      obs('participants', '2022-10', 90, { activity: 'or-trainings-2022-10' }),
    ],
  });
  const report = computeIndicators(feed);

  it('gives every indicator’s progress with its id, in feed order', () => {
    expect(report.asOf).toBe('2024-08-31');
    expect(report.indicators.map((i) => [i.id, i.actual, i.status])).toEqual([
      ['fund-completion', 5, 'off-track'],
      ['baom-footfall', 40, 'no-target'],
      ['participants', 90, 'no-target'],
    ]);
  });

  it('marks an indicator synthetic when any of its observations is', () => {
    expect(report.indicators.map((i) => i.synthetic)).toEqual([false, true, false]);
  });

  it('includes parity per activity and every flag', () => {
    expect(report.parity).toMatchObject([{ activity: 'or-trainings-2022-10', status: 'unknown' }]);
    expect(report.flags).toEqual(qualityFlags(feed));
    expect(report.flags.map((f) => f.code)).toEqual([
      'missing-sex',
      'out-of-range-date',
      'stale',
      'stale',
      'stale',
    ]);
  });

  it('has no NaN or Infinity anywhere', () => {
    const text = JSON.stringify(report, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? 'NON-FINITE' : v,
    );
    expect(text).not.toContain('NON-FINITE');
  });
});
