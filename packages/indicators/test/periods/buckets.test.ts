import { describe, expect, it } from 'vitest';
import { bucketOf, bucketsBetween } from '../../src/index.js';

describe('buckets', () => {
  it('names the month, quarter and year of a date', () => {
    expect(bucketOf('2024-02-29', 'month')).toBe('2024-02');
    expect(bucketOf('2024-02-29', 'quarter')).toBe('2024-Q1');
    expect(bucketOf('2024-12-31', 'quarter')).toBe('2024-Q4');
    expect(bucketOf('2024-12-31', 'year')).toBe('2024');
  });

  it('lists every bucket between two dates, across year ends', () => {
    expect(bucketsBetween('2023-11-15', '2024-02-01', 'month').map((p) => p.text)).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    const quarters = bucketsBetween('2023-12-01', '2024-04-01', 'quarter');
    expect(quarters.map((p) => [p.text, p.start, p.end])).toEqual([
      ['2023-Q4', '2023-10-01', '2023-12-31'],
      ['2024-Q1', '2024-01-01', '2024-03-31'],
      ['2024-Q2', '2024-04-01', '2024-06-30'],
    ]);
    expect(bucketsBetween('2024-05-01', '2024-01-01', 'month')).toEqual([]);
  });
});
