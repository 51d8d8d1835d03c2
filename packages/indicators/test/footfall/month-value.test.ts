import { describe, expect, it } from 'vitest';
import { monthTop, quarterOf, sumMonthValues, toQuarters } from '../../src/index.js';

const known = (value: number, suppressed = false) => ({ value, suppressed });
const withheld = (below: number) => ({ value: undefined, suppressed: true, below });
const none = { value: undefined, suppressed: false };

describe('months summed', () => {
  it('adds what is known and stays a lower bound when any month was withheld', () => {
    expect(sumMonthValues([known(10), known(5)])).toEqual({ value: 15, suppressed: false });
    expect(sumMonthValues([known(10), withheld(3)])).toEqual({ value: 10, suppressed: true });
    expect(sumMonthValues([known(10, true), none])).toEqual({ value: 10, suppressed: true });
  });

  it('is below the sum of the bounds when every count was withheld, unknown when none came', () => {
    expect(sumMonthValues([withheld(3), withheld(3), none])).toEqual({
      value: undefined,
      suppressed: true,
      below: 6,
    });
    expect(sumMonthValues([none, none])).toEqual(none);
  });

  it('draws a withheld month at its bound, never at 0 or nothing', () => {
    expect(monthTop(withheld(3))).toBe(3);
    expect(monthTop(known(7))).toBe(7);
    expect(monthTop(none)).toBe(0);
  });
});

describe('quarters', () => {
  it('names the calendar quarter of a month', () => {
    expect(quarterOf('2023-07')).toBe('2023-Q3');
    expect(quarterOf('2023-12')).toBe('2023-Q4');
    expect(quarterOf('2024-01')).toBe('2024-Q1');
  });

  it('sums parts per series and keeps what was withheld as a bound', () => {
    const quarters = toQuarters([
      { period: '2024-01', total: known(10), parts: [6, 4] },
      { period: '2024-02', total: withheld(3), parts: [undefined, undefined] },
      { period: '2024-03', total: known(5), parts: [5, undefined] },
      { period: '2024-04', total: withheld(3), parts: [undefined, undefined] },
    ]);
    expect(quarters).toEqual([
      { period: '2024-Q1', total: { value: 15, suppressed: true }, parts: [11, 4] },
      {
        period: '2024-Q2',
        total: { value: undefined, suppressed: true, below: 3 },
        parts: [undefined, undefined],
      },
    ]);
  });
});
