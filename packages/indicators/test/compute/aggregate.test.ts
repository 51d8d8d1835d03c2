import { describe, expect, it } from 'vitest';
import { aggregate, progress } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

const flow = indicator('visits');
const stock = indicator('communes', { aggregation: 'last' });
const ratio = indicator('share', { kind: 'ratio', aggregation: 'ratio' });

describe('aggregate: flows, stocks and ratios', () => {
  it('sums a flow over periods and places', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-01', 10, { region: 'souss-massa' }),
        obs('visits', '2023-02', 5, { region: 'souss-massa' }),
        obs('visits', '2023-01', 7, { region: 'oriental' }),
      ],
    });
    const a = aggregate(feed, 'visits');
    expect(a.value).toBe(22);
    expect(a.count).toBe(3);
    expect(a.period).toBe('2023-02');
  });

  it('takes the latest value of each place for a stock, sums across places, never over time', () => {
    const feed = makeFeed({
      indicators: [stock],
      observations: [
        obs('communes', '2021-12', 4, { region: 'souss-massa' }),
        obs('communes', '2022-12', 10, { region: 'souss-massa' }),
        obs('communes', '2023-06', 3, { region: 'oriental' }),
      ],
    });
    expect(aggregate(feed, 'communes').value).toBe(13);
    expect(aggregate(feed, 'communes', { asOf: '2022-06-30' }).value).toBe(4);
  });

  it('recomputes a ratio from summed numerators and denominators, never averaging', () => {
    const feed = makeFeed({
      indicators: [ratio],
      observations: [
        obs('share', '2022', undefined, { numerator: 1, denominator: 10, region: 'oriental' }),
        obs('share', '2022', undefined, { numerator: 9, denominator: 10, region: 'souss-massa' }),
        obs('share', '2023', undefined, { numerator: 30, denominator: 80, region: 'oriental' }),
      ],
    });
    // (1 + 9 + 30) / (10 + 10 + 80), not the mean of 0.1, 0.9 and 0.375
    expect(aggregate(feed, 'share').value).toBeCloseTo(0.4, 12);
  });

  it('uses a ratio given only as a value when it stands alone, and refuses to average several', () => {
    const alone = makeFeed({
      indicators: [ratio],
      observations: [obs('share', '2022-10', 0.37, { activity: 'or-trainings-2022-10' })],
    });
    expect(aggregate(alone, 'share').value).toBe(0.37);
    const two = makeFeed({
      indicators: [ratio],
      observations: [
        obs('share', '2022-10', 0.37, { activity: 'or-trainings-2022-10' }),
        obs('share', '2022-11', 0.275, { activity: 'sm-training-2022-11' }),
      ],
    });
    expect(aggregate(two, 'share').value).toBeUndefined();
    expect(aggregate(two, 'share', { filter: { activity: 'sm-training-2022-11' } }).value).toBe(
      0.275,
    );
  });

  it('ignores observations whose period ends after the as-of date', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [obs('visits', '2024-08', 10), obs('visits', '2024-08-31/2024-09-02', 99)],
    });
    expect(aggregate(feed, 'visits').value).toBe(10);
    expect(aggregate(feed, 'visits', { asOf: '2024-08-30' }).value).toBeUndefined();
  });

  it('gives undefined, not zero, when there is no data or the indicator is unknown', () => {
    const feed = makeFeed({ indicators: [flow] });
    expect(aggregate(feed, 'visits')).toMatchObject({ value: undefined, count: 0 });
    expect(aggregate(feed, 'nope').value).toBeUndefined();
  });
});

describe('aggregate: totals and their parts are never both counted', () => {
  it('prefers the reported total over its parts by sex', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-01', 40),
        obs('visits', '2023-01', 11, { sex: 'female' }),
        obs('visits', '2023-01', 29, { sex: 'male' }),
      ],
    });
    expect(aggregate(feed, 'visits').value).toBe(40);
    expect(aggregate(feed, 'visits', { filter: { sex: 'female' } }).value).toBe(11);
  });

  it('sums the parts when no total is reported', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-01', 11, { sex: 'female' }),
        obs('visits', '2023-01', 29, { sex: 'male' }),
      ],
    });
    expect(aggregate(feed, 'visits').value).toBe(40);
  });

  it('uses each period’s total, or its parts where that period has no total', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-01', 40),
        obs('visits', '2023-01', 10, { sex: 'female' }),
        obs('visits', '2023-01', 30, { sex: 'male' }),
        obs('visits', '2023-02', 3, { sex: 'female' }),
        obs('visits', '2023-02', 4, { sex: 'male' }),
      ],
    });
    expect(aggregate(feed, 'visits').value).toBe(47);
  });

  it('counts communes inside a region’s total once, and other regions’ communes too', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-01', 100, { region: 'souss-massa' }),
        obs('visits', '2023-01', 60, { commune: 'agadir' }),
        obs('visits', '2023-01', 40, { commune: 'taliouine' }),
        obs('visits', '2023-01', 25, { commune: 'oujda' }),
      ],
    });
    expect(aggregate(feed, 'visits').value).toBe(125);
    expect(aggregate(feed, 'visits', { filter: { region: 'souss-massa' } }).value).toBe(100);
    expect(aggregate(feed, 'visits', { filter: { region: 'oriental' } }).value).toBe(25);
  });

  it('does not add a year’s total to its months', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023', 120),
        obs('visits', '2023-01', 10),
        obs('visits', '2023-02', 10),
        obs('visits', '2024-01', 7),
      ],
    });
    expect(aggregate(feed, 'visits').value).toBe(127);
  });

  it('does not cross-count two breakdowns of the same people (by sex and by profile)', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-01', 10, { sex: 'female' }),
        obs('visits', '2023-01', 20, { sex: 'male' }),
        obs('visits', '2023-01', 25, { profile: 'mre' }),
        obs('visits', '2023-01', 5, { profile: 'rpt' }),
      ],
    });
    expect(aggregate(feed, 'visits').value).toBe(30);
  });

  it('prefers a newer total of a stock over older parts, and newer parts over an older total', () => {
    const completion = indicator('funded', { aggregation: 'last', cumulative: true });
    const feed = makeFeed({
      indicators: [completion],
      observations: [
        obs('funded', '2022-H1', 5),
        obs('funded', '2022-08', 5, { region: 'oriental', source: 'press' }),
        obs('funded', '2024-05', 36, { region: 'oriental', source: 'press' }),
        obs('funded', '2024-05', 27, { region: 'souss-massa', source: 'press' }),
      ],
    });
    expect(aggregate(feed, 'funded', { asOf: '2022-06-30' }).value).toBe(5);
    expect(aggregate(feed, 'funded').value).toBe(63);
    const withTotal = makeFeed({
      ...feed,
      asOf: '2024-12-31',
      observations: [...feed.observations, obs('funded', '2024-12', 60, { source: 'afd' })],
    });
    expect(aggregate(withTotal, 'funded').value).toBe(60);
  });
});

describe('aggregate: suppression, qualifiers, currencies, provenance', () => {
  it('marks a suppressed part: the aggregate is a lower bound, never a zero', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-01', 12, { profile: 'mre' }),
        obs('visits', '2023-01', undefined, { profile: 'rpt', suppressed: { below: 5 } }),
      ],
    });
    expect(aggregate(feed, 'visits')).toMatchObject({ value: 12, suppressed: true });
    const onlySuppressed = aggregate(feed, 'visits', { filter: { profile: 'rpt' } });
    expect(onlySuppressed).toMatchObject({ value: undefined, suppressed: true, count: 1 });
  });

  it('keeps the weakest qualifier and says when data is synthetic', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-01', 80, { region: 'oriental', qualifier: 'at-least' }),
        obs('visits', '2023-01', 20, {
          region: 'souss-massa',
          synthetic: true,
          source: 'synthetic',
        }),
      ],
    });
    expect(aggregate(feed, 'visits')).toMatchObject({
      value: 100,
      qualifier: 'at-least',
      synthetic: true,
      sources: ['eval', 'synthetic'],
    });
  });

  it('never adds amounts in different currencies', () => {
    const budget = indicator('budget', { kind: 'currency' });
    const feed = makeFeed({
      indicators: [budget],
      observations: [
        obs('budget', '2022-09', 1_107_000, { call: 'sm-call-1', currency: 'MAD' }),
        obs('budget', '2022-09', 101_371.24, { call: 'sm-call-1', currency: 'EUR' }),
        obs('budget', '2022-02', 1_500_000, { call: 'or-call-1', currency: 'MAD' }),
      ],
    });
    expect(aggregate(feed, 'budget')).toMatchObject({ value: undefined });
    expect(aggregate(feed, 'budget', { filter: { call: 'or-call-1' } })).toMatchObject({
      value: 1_500_000,
      currency: 'MAD',
    });
  });
});

describe('aggregate: conflicting sources', () => {
  it('uses the latest-dated source, then feed order, and lists agreeing sources', () => {
    const cov = indicator('cov', { aggregation: 'last' });
    const feed = makeFeed({
      indicators: [cov],
      observations: [
        obs('cov', '2024', 15, { source: 'eval' }),
        obs('cov', '2024', 16, { source: 'press' }),
        obs('cov', '2024', 16, { source: 'undated' }),
      ],
      asOf: '2024-12-31',
    });
    const a = aggregate(feed, 'cov');
    expect(a.value).toBe(16);
    expect(a.sources).toEqual(['press', 'undated']);
    const p = progress(feed, 'cov');
    expect(p.conflicts).toEqual([
      {
        period: '2024',
        values: [
          { value: 16, sources: ['press'] },
          { value: 15, sources: ['eval'] },
          { value: 16, sources: ['undated'] },
        ],
      },
    ]);
  });

  it('breaks ties between equally dated sources by feed order', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-01', 8, { source: 'undated' }),
        obs('visits', '2023-01', 9, { source: 'synthetic' }),
      ],
    });
    expect(aggregate(feed, 'visits').value).toBe(8);
  });
});
