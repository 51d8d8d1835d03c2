import { describe, expect, it } from 'vitest';
import { expectedValue } from '../../src/index.js';
import { indicator, makeFeed } from '../fixtures/make-feed.js';

const feed = makeFeed();

describe('expectedValue', () => {
  const target = indicator('funded', { target: { value: 100, date: '2024-08-31' } });

  it('interpolates linearly from 0 at the programme start to the target', () => {
    expect(expectedValue(feed, target, '2020-09-01')).toBe(0);
    expect(expectedValue(feed, target, '2024-08-31')).toBe(100);
    // 2022-08-31 is 729 of 1460 days in
    expect(expectedValue(feed, target, '2022-08-31')).toBeCloseTo((100 * 729) / 1460, 10);
  });

  it('clamps before the baseline and after the target', () => {
    expect(expectedValue(feed, target, '2019-01-01')).toBe(0);
    expect(expectedValue(feed, target, '2030-01-01')).toBe(100);
  });

  it('starts from a given baseline', () => {
    const ind = { ...target, baseline: { value: 20, date: '2022-08-31' } };
    expect(expectedValue(feed, ind, '2022-01-01')).toBe(20);
    // halfway in days (365 of 731): about 60
    expect(expectedValue(feed, ind, '2023-08-31')).toBeCloseTo(20 + 80 * (365 / 731), 10);
  });

  it('goes through milestones piecewise', () => {
    const ind = { ...target, milestones: [{ value: 10, date: '2022-08-31' }] };
    expect(expectedValue(feed, ind, '2022-08-31')).toBe(10);
    expect(expectedValue(feed, ind, '2023-08-31')).toBeCloseTo(10 + 90 * (365 / 731), 10);
  });

  it('is undefined without a target', () => {
    expect(expectedValue(feed, indicator('x'), '2022-01-01')).toBeUndefined();
  });
});
