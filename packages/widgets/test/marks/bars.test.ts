import { describe, expect, it } from 'vitest';
import { barX, stack, stackY } from '../../src/charts/marks/bars.js';
import { linearScale } from '../../src/charts/scales.js';

describe('barX', () => {
  it('draws the same rectangle from its origin to the right (LTR) or to the left (RTL)', () => {
    expect(barX('bar', 8, 108, 20, 14).attrs).toEqual({
      class: 'bar',
      x: 8,
      y: 20,
      width: 100,
      height: 14,
    });
    // Mirrored: the origin on the right at 472, the value at 372.
    expect(barX('bar', 472, 372, 20, 14).attrs).toMatchObject({ x: 372, width: 100 });
  });

  it('keeps a small value visible with a minimum width, and adds extra attributes', () => {
    expect(barX('bar', 50, 50.2, 0, 10, { rx: 2 }, 1).attrs).toMatchObject({ width: 1, rx: 2 });
    expect(barX('bar', 50, 50, 0, 10).attrs.width).toBe(0);
  });
});

describe('stack', () => {
  it('stacks parts bottom up and skips missing or non-positive parts (no 0-high segment)', () => {
    expect(stack([3, undefined, 0, 5, -1, 2])).toEqual([
      { index: 0, from: 0, to: 3 },
      { index: 3, from: 3, to: 8 },
      { index: 5, from: 8, to: 10 },
    ]);
    expect(stack([undefined, 0])).toEqual([]);
  });

  it('draws each segment between its bounds on the y scale, filled by series', () => {
    const y = linearScale([0, 10], [100, 0]);
    const rects = stackY(stack([4, undefined, 6]), y, 30, 12, (i) => `url(#s${i})`);
    expect(rects.map((r) => r.attrs)).toEqual([
      { class: 'segment', 'data-series': 0, x: 30, y: 60, width: 12, height: 40, fill: 'url(#s0)' },
      { class: 'segment', 'data-series': 2, x: 30, y: 0, width: 12, height: 60, fill: 'url(#s2)' },
    ]);
  });
});
