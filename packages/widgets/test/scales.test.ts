import { describe, expect, it } from 'vitest';
import { linePath } from '../src/charts/line-path.js';
import { bandScale, linearScale, pointScale } from '../src/charts/scales.js';

describe('chart scales (d3-scale without d3-interpolate and d3-color)', () => {
  it('maps a domain to pixels, mirrored for right-to-left charts', () => {
    const ltr = linearScale([0, 100], [8, 308]);
    const rtl = linearScale([0, 100], [308, 8]);
    expect([ltr(0), ltr(50), ltr(100)]).toEqual([8, 158, 308]);
    expect([rtl(0), rtl(50), rtl(100)]).toEqual([308, 158, 8]);
    // One value is not a division by zero: the middle, as in d3.
    expect(linearScale([0, 0], [0, 100])(0)).toBe(50);
  });

  it('rounds the y axis up to a readable maximum, with round ticks', () => {
    const y = linearScale([0, 187], [120, 0], { nice: true });
    expect(y.domain).toEqual([0, 200]);
    expect(y.ticks(4)).toEqual([0, 50, 100, 150, 200]);
    expect(y(200)).toBe(0);
  });

  it('lays months out as bands from the start side, right to left in Arabic', () => {
    const ltr = bandScale(['a', 'b', 'c'], [0, 300], 0.15);
    expect(ltr.step).toBeCloseTo(105.26, 2);
    expect(ltr.bandwidth).toBeCloseTo(89.47, 2);
    expect(ltr('a')).toBe(0);
    expect(ltr('c')! + ltr.bandwidth).toBeCloseTo(300);
    const rtl = bandScale(['a', 'b', 'c'], [300, 0], 0.15);
    expect(rtl('a')! + rtl.bandwidth).toBeCloseTo(300);
    expect(rtl('c')).toBeCloseTo(0);
    expect(ltr('z')).toBeUndefined();
  });

  it('spreads points end to end, and puts a single one in the middle', () => {
    expect([0, 1, 2].map(pointScale(3, [10, 110]))).toEqual([10, 60, 110]);
    expect(pointScale(1, [10, 110])(0)).toBe(60);
  });
});

describe('linePath', () => {
  it('breaks the line where a value is missing instead of dropping to zero', () => {
    expect(linePath([[0, 10], [10, 20.12345], undefined, [30, 5], [40, 6]])).toBe(
      'M0,10L10,20.123M30,5L40,6',
    );
    // A lone point between gaps still marks its place.
    expect(linePath([[0, 1], undefined, [20, 2], undefined])).toBe('M0,1ZM20,2Z');
    expect(linePath([undefined])).toBe('');
  });
});
