import { describe, expect, it } from 'vitest';
import { fundCompletion, progress } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

const completion = indicator('fund-completion', {
  aggregation: 'last',
  cumulative: true,
  target: { value: 100, date: '2024-08-31' },
});

describe('progress', () => {
  it('gives the mid-term evaluation’s 5% fund completion (5 of 100 projects, H1 2022)', () => {
    const feed = makeFeed({
      indicators: [completion],
      observations: [obs('fund-completion', '2022-H1', 5)],
      asOf: '2022-06-30',
    });
    const p = progress(feed, 'fund-completion');
    expect(p).toMatchObject({
      indicator: 'fund-completion',
      asOf: '2022-06-30',
      actual: 5,
      actualPeriod: '2022-H1',
      baseline: 0,
      target: 100,
      targetDate: '2024-08-31',
      completion: 0.05,
      status: 'off-track',
      sources: ['eval'],
      conflicts: [],
    });
    // 667 of 1460 days: about 45.7 projects were expected by then
    expect(p.expected).toBeCloseTo((100 * 667) / 1460, 10);
    expect(p.expectedCompletion).toBeCloseTo(667 / 1460, 10);
  });

  it('is achieved once the target is reached, at-risk or on-track by the thresholds', () => {
    const feed = (value: number) =>
      makeFeed({
        indicators: [completion],
        observations: [obs('fund-completion', '2024-05', value)],
      });
    expect(progress(feed(100), 'fund-completion').status).toBe('achieved');
    // expected by 2024-08-31 is 100
    expect(progress(feed(85), 'fund-completion').status).toBe('on-track');
    expect(progress(feed(70), 'fund-completion').status).toBe('at-risk');
    expect(progress(feed(63), 'fund-completion').status).toBe('off-track');
  });

  it('reads thresholds from the feed', () => {
    const feed = makeFeed({
      indicators: [completion],
      observations: [obs('fund-completion', '2024-05', 63)],
      thresholds: { onTrack: 0.4, atRisk: 0.5 },
    });
    expect(progress(feed, 'fund-completion').status).toBe('on-track');
  });

  it('never divides by zero: a zero target gives no completion', () => {
    const zero = { ...completion, target: { value: 0, date: '2024-08-31' } };
    const feed = makeFeed({
      indicators: [zero],
      observations: [obs('fund-completion', '2022', 0)],
    });
    const p = progress(feed, 'fund-completion');
    expect(p.completion).toBeUndefined();
    expect(p.expectedCompletion).toBeUndefined();
  });

  it('says no-data for an indicator without observations, or an unknown one', () => {
    const feed = makeFeed({ indicators: [completion] });
    expect(progress(feed, 'fund-completion')).toMatchObject({
      actual: undefined,
      status: 'no-data',
    });
    expect(progress(feed, 'nope')).toMatchObject({ actual: undefined, status: 'no-data' });
  });

  it('lists a cumulative count that falls between sources as a conflict', () => {
    const feed = makeFeed({
      indicators: [completion],
      observations: [
        obs('fund-completion', '2024-05', 63, { source: 'press' }),
        obs('fund-completion', '2024-08', 60, { source: 'afd' }),
      ],
    });
    expect(progress(feed, 'fund-completion').conflicts).toEqual([
      {
        period: '2024-08',
        values: [
          { value: 63, sources: ['press'] },
          { value: 60, sources: ['afd'] },
        ],
      },
    ]);
  });

  it('breaks fund completion down by region with its history', () => {
    const feed = makeFeed({
      indicators: [completion],
      observations: [
        obs('fund-completion', '2022-H1', 5),
        obs('fund-completion', '2024-05', 36, { region: 'oriental', source: 'press' }),
        obs('fund-completion', '2024-05', 27, { region: 'souss-massa', source: 'press' }),
      ],
    });
    const f = fundCompletion(feed);
    expect(f.actual).toBe(63);
    expect(f.completion).toBeCloseTo(0.63, 12);
    expect(f.byRegion.map((r) => [r.key, r.value])).toEqual([
      ['souss-massa', 27],
      ['oriental', 36],
    ]);
    expect(f.series.map((p) => [p.period, p.value])).toEqual([
      ['2022-H1', 5],
      ['2024-05', 63],
    ]);
  });

  it('shows the fall from 63 projects by region to 60 in all as a conflict', () => {
    const feed = makeFeed({
      indicators: [completion],
      asOf: '2024-12-31',
      observations: [
        obs('fund-completion', '2024-05', 36, { region: 'oriental', source: 'press' }),
        obs('fund-completion', '2024-05', 27, { region: 'souss-massa', source: 'press' }),
        obs('fund-completion', '2024-12', 60, { source: 'afd' }),
      ],
    });
    const p = progress(feed, 'fund-completion');
    expect(p.actual).toBe(60);
    expect(p.conflicts).toEqual([
      {
        period: '2024-12',
        values: [
          { value: 63, sources: ['press'] },
          { value: 60, sources: ['afd'] },
        ],
      },
    ]);
  });
});
