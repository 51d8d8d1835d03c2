import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

describe('coverage', () => {
  it('compares communes with a BAOM against the objective of 12, with history', () => {
    const feed = makeFeed({
      indicators: [
        indicator('baom-coverage', {
          aggregation: 'last',
          target: { value: 12, date: '2024-08-31' },
        }),
      ],
      observations: [
        obs('baom-coverage', '2022-Q4', 15, { region: 'souss-massa' }),
        obs('baom-coverage', '2024', 16, { region: 'souss-massa', source: 'press' }),
      ],
      asOf: '2024-12-31',
    });
    const c = coverage(feed);
    expect(c).toMatchObject({ actual: 16, target: 12, status: 'achieved' });
    expect(c.completion).toBeCloseTo(16 / 12, 12);
    expect(c.series.map((p) => p.value)).toEqual([15, 16]);
  });
});
