import { describe, expect, it } from 'vitest';
import { axisX, axisY } from '../../src/charts/marks/axis.js';
import { bandScale, linearScale } from '../../src/charts/scales.js';
import { xLabels } from '../../src/charts/x-labels.js';
import { findAll, num, textOf } from './find.js';

const fr = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

describe('axisY', () => {
  const y = linearScale([0, 1830], [80, 0], { nice: true });

  it('draws a grid line and a label at each round tick, numbers left to right', () => {
    const marks = axisY(y, { count: 2, x1: 34, x2: 200, labelX: 30, anchor: 'end', format: fr });
    const lines = marks.filter((m) => m.tag === 'line');
    const labels = marks.filter((m) => m.tag === 'text');
    expect(labels.map(textOf)).toEqual(['0', '1\u202f000', '2\u202f000']);
    expect(lines.map((l) => num(l, 'y1'))).toEqual([80, 40, 0]);
    expect(lines[1]?.attrs).toMatchObject({ class: 'grid', x1: 34, x2: 200, y2: 40 });
    // Each label sits on its line, anchored to the gutter, and reads left to right.
    expect(labels[1]?.attrs).toMatchObject({
      x: 30,
      y: 44,
      'text-anchor': 'end',
      direction: 'ltr',
    });
  });

  it('moves the labels to the right gutter in Arabic', () => {
    const marks = axisY(y, { count: 2, x1: 0, x2: 166, labelX: 170, anchor: 'start', format: fr });
    const label = marks.find((m) => m.tag === 'text');
    expect(label?.attrs).toMatchObject({ x: 170, 'text-anchor': 'start' });
  });
});

describe('axisX', () => {
  const periods = ['2022-11', '2022-12', '2023-01', '2023-02'];
  const month = (p: string) => `m${p.slice(5)}`;

  it('centres month labels under their bars, with the year under the first and January', () => {
    const x = bandScale(periods, [0, 400], 0);
    const marks = axisX(x, periods, xLabels(periods, 100, false), {
      y: 80,
      x1: 0,
      x2: 400,
      dir: 'ltr',
      month,
    });
    expect(marks[0]?.attrs).toMatchObject({ class: 'axis', y1: 80, y2: 80, x1: 0, x2: 400 });
    const texts = findAll({ tag: 'g', attrs: {}, children: marks }, 'text');
    expect(texts.map(textOf)).toEqual(['m11', '2022', 'm12', 'm01', '2023', 'm02']);
    expect(texts.map((t) => num(t, 'x'))).toEqual([50, 50, 150, 250, 250, 350]);
    expect(texts.map((t) => num(t, 'y'))).toEqual([94, 108, 94, 94, 108, 94]);
    expect(texts.every((t) => t.attrs['text-anchor'] === 'middle')).toBe(true);
  });

  it('starts a year label at its first bar: on the right in Arabic, where time begins', () => {
    const quarters = ['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1'];
    const ltr = bandScale(quarters, [0, 500], 0);
    const rtl = bandScale(quarters, [500, 0], 0);
    const labels = xLabels(quarters, 100, true);
    const at = (dir: 'ltr' | 'rtl') =>
      axisX(dir === 'ltr' ? ltr : rtl, quarters, labels, { y: 0, x1: 0, x2: 500, dir, month })
        .filter((m) => m.tag === 'text')
        .map((t) => [textOf(t), num(t, 'x'), t.attrs['text-anchor']]);
    expect(at('ltr')).toEqual([
      ['2022', 0, 'start'],
      ['2023', 400, 'start'],
    ]);
    expect(at('rtl')).toEqual([
      ['2022', 500, 'end'],
      ['2023', 100, 'end'],
    ]);
  });
});
