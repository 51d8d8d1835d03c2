import { describe, expect, it } from 'vitest';
import { observationReading, progress, readingOf, spanOf } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

describe('the reading of a progress', () => {
  it('names the first and last period of a sum, not only the last', () => {
    const feed = makeFeed({
      indicators: [indicator('visits')],
      observations: [
        obs('visits', '2021-05', 120),
        obs('visits', '2022-03', 40, { source: 'press' }),
        obs('visits', '2024-08', 190),
      ],
      asOf: '2024-12-13',
    });
    expect(progress(feed, 'visits').reading).toEqual({
      value: 350,
      bound: 'exact',
      span: { start: '2021-05', end: '2024-08' },
      sources: ['eval', 'press'],
      synthetic: false,
      suppressed: false,
    });
  });

  it('gives a stock only its last period', () => {
    const feed = makeFeed({
      indicators: [indicator('funded', { aggregation: 'last', cumulative: true })],
      observations: [obs('funded', '2022-08', 5), obs('funded', '2024-05', 36)],
      asOf: '2024-12-13',
    });
    expect(progress(feed, 'funded').reading).toMatchObject({
      value: 36,
      span: { start: '2024-05', end: '2024-05' },
    });
  });

  it('is at least the sum when a part was withheld, and below k when all was', () => {
    const feed = makeFeed({
      indicators: [indicator('visits')],
      observations: [
        obs('visits', '2024-07', 12),
        obs('visits', '2024-08', undefined, { suppressed: { below: 3 } }),
      ],
      asOf: '2024-12-13',
    });
    expect(progress(feed, 'visits').reading).toMatchObject({ value: 12, bound: 'at-least' });
    const none = { value: undefined, sources: [], synthetic: false, suppressed: true };
    expect(readingOf(none, 3)).toMatchObject({ bound: 'below', limit: 3 });
    expect(readingOf({ ...none, suppressed: false })).toMatchObject({ bound: 'exact' });
  });

  it('is approximate when a source said "about", even over a withheld part', () => {
    const base = { value: 20, sources: ['a'], synthetic: false, suppressed: true };
    expect(readingOf({ ...base, qualifier: 'approximate' }).bound).toBe('approx');
    expect(readingOf({ ...base, suppressed: false, qualifier: 'at-least' }).bound).toBe('at-least');
  });
});

describe('the reading of one observation, and spans', () => {
  it('is below k when withheld, keeps its own qualifier, and reads a ratio from its parts', () => {
    expect(
      observationReading(obs('v', '2024-07', undefined, { suppressed: { below: 3 } })),
    ).toEqual({ value: undefined, bound: 'below', limit: 3 });
    expect(observationReading(obs('v', '2024', 80, { qualifier: 'at-least' })).bound).toBe(
      'at-least',
    );
    expect(
      observationReading(obs('v', '2022-11', undefined, { numerator: 11, denominator: 40 })),
    ).toEqual({ value: 11 / 40, bound: 'exact' });
  });

  it('never reads as three dates when its ends are ranges', () => {
    expect(spanOf('2022-12-20/2022-12-27', '2022-12-29')).toEqual({
      start: '2022-12-20',
      end: '2022-12-29',
    });
    expect(spanOf('2021-05', '2024-08/2024-09')).toEqual({ start: '2021-05', end: '2024-09' });
  });
});
