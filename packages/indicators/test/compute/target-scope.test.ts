import { describe, expect, it } from 'vitest';
import { progress } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

describe('a target speaks for the place it was set for', () => {
  const funded = indicator('funded', {
    aggregation: 'last',
    target: { value: 100, date: '2024-08-31' },
  });
  const offices = indicator('offices', {
    aggregation: 'last',
    target: { value: 12, date: '2024-08-31', region: 'souss-massa' },
  });
  const feed = makeFeed({
    asOf: '2024-06-30',
    indicators: [funded, offices],
    observations: [
      obs('funded', '2024-05', 27, { region: 'souss-massa' }),
      obs('funded', '2024-05', 36, { region: 'oriental' }),
      obs('offices', '2024-05', 16, { region: 'souss-massa' }),
      obs('offices', '2024-05', 6, { region: 'oriental' }),
    ],
  });

  it('judges the programme total against a programme-wide target', () => {
    const p = progress(feed, 'funded');
    expect(p).toMatchObject({ actual: 63, target: 100, completion: 0.63 });
  });

  it('does not call a region’s 27 projects 27% of the programme’s objective', () => {
    const p = progress(feed, 'funded', { filter: { region: 'souss-massa' } });
    expect(p.actual).toBe(27);
    expect(p.target).toBeUndefined();
    expect(p.completion).toBeUndefined();
    expect(p.status).toBe('no-target');
  });

  it('judges a region-scoped target against that region only, even unfiltered', () => {
    expect(progress(feed, 'offices')).toMatchObject({ actual: 16, target: 12, status: 'achieved' });
    expect(progress(feed, 'offices', { filter: { region: 'oriental' } })).toMatchObject({
      actual: 6,
      status: 'no-target',
    });
  });

  it('has no target for a narrower breakdown such as one commune', () => {
    const p = progress(feed, 'offices', { filter: { region: 'souss-massa', commune: 'x' } });
    expect(p.target).toBeUndefined();
  });
});
