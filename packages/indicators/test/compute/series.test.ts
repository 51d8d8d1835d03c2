import { describe, expect, it } from 'vitest';
import { series } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

const flow = indicator('visits');
const stock = indicator('communes', { aggregation: 'last' });

describe('series', () => {
  it('gives every month from the first to the last with data, undefined in between', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [
        obs('visits', '2023-11', 3),
        obs('visits', '2024-02', 5, { sex: 'female' }),
        obs('visits', '2024-02', 6, { sex: 'male' }),
      ],
    });
    const points = series(feed, 'visits', { by: 'month' });
    expect(points.map((p) => [p.period, p.value])).toEqual([
      ['2023-11', 3],
      ['2023-12', undefined],
      ['2024-01', undefined],
      ['2024-02', 11],
    ]);
    expect(points[3]).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('follows the filter’s from/to for the range', () => {
    const feed = makeFeed({ indicators: [flow], observations: [obs('visits', '2023-02', 3)] });
    const points = series(feed, 'visits', {
      by: 'quarter',
      filter: { from: '2023-01-01', to: '2023-09-30' },
    });
    expect(points.map((p) => [p.period, p.value])).toEqual([
      ['2023-Q1', 3],
      ['2023-Q2', undefined],
      ['2023-Q3', undefined],
    ]);
  });

  it('leaves out a flow’s figure for a period longer than the bucket (it cannot be split)', () => {
    const feed = makeFeed({
      indicators: [flow],
      observations: [obs('visits', '2023-Q1', 30), obs('visits', '2023-04', 4)],
    });
    expect(series(feed, 'visits', { by: 'month' }).map((p) => p.value)).toEqual([4]);
    expect(series(feed, 'visits', { by: 'year' }).map((p) => p.value)).toEqual([34]);
  });

  it('gives a stock’s value at the end of each period, carrying other places forward', () => {
    const feed = makeFeed({
      indicators: [stock],
      observations: [
        obs('communes', '2022-08', 5, { region: 'oriental' }),
        obs('communes', '2023-06', 7, { region: 'souss-massa' }),
        obs('communes', '2024-05', 36, { region: 'oriental' }),
        obs('communes', '2024-05', 27, { region: 'souss-massa' }),
      ],
    });
    expect(series(feed, 'communes').map((p) => [p.period, p.value])).toEqual([
      ['2022-08', 5],
      ['2023-06', 12],
      ['2024-05', 63],
    ]);
    expect(series(feed, 'communes', { by: 'year' }).map((p) => [p.period, p.value])).toEqual([
      ['2022', 5],
      ['2023', 12],
      ['2024', 63],
    ]);
  });

  it('is empty for an unknown indicator or no data', () => {
    const feed = makeFeed({ indicators: [flow] });
    expect(series(feed, 'visits', { by: 'month' })).toEqual([]);
    expect(series(feed, 'nope')).toEqual([]);
  });

  it('gives a monthly series of a feed with 150,000 observations (it overflowed the stack)', () => {
    const observations = Array.from({ length: 150_000 }, (_, i) =>
      obs('visits', `2023-${String((i % 12) + 1).padStart(2, '0')}`, 1, {
        commune: ['agadir', 'taliouine', 'oujda'][i % 3] as string,
        source: ['eval', 'brochure', 'press', 'afd'][Math.floor(i / 12) % 4] as string,
        note: String(i),
      }),
    );
    const feed = makeFeed({ indicators: [flow], observations });
    const months = series(feed, 'visits', { by: 'month' });
    expect(months.map((p) => p.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`),
    );
  });
});
