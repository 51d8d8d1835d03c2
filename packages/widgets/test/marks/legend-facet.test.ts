import { describe, expect, it } from 'vitest';
import { facet, facetColumns, facetWidth } from '../../src/charts/marks/facet.js';
import { legend } from '../../src/charts/marks/legend.js';
import { h } from '../../src/charts/marks/node.js';
import { findAll, num, textOf } from './find.js';

const items = [
  { label: 'MRE', swatch: 'swatch', fill: 'url(#p-s0)' },
  { label: 'Autre', swatch: 'swatch', fill: 'url(#p-s1)' },
  { label: 'Juillet–août (saison des MRE)', swatch: 'summer swatch' },
];

describe('legend', () => {
  it('lists one swatch and label per item in one column on a phone', () => {
    const key = legend(items, 360, 'ltr');
    expect(key.height).toBe(3 * 18 + 6);
    const rects = key.marks.flatMap((m) => findAll(m, 'rect'));
    expect(rects.map((r) => [num(r, 'x'), num(r, 'y'), r.attrs.fill])).toEqual([
      [8, 2, 'url(#p-s0)'],
      [8, 20, 'url(#p-s1)'],
      [8, 38, ''],
    ]);
    expect(key.marks.map(textOf)).toEqual(items.map((i) => i.label));
  });

  it('uses two columns from 520 px, from the right in Arabic, swatch before the text', () => {
    const key = legend(items, 600, 'rtl');
    expect(key.height).toBe(2 * 18 + 6);
    const first = key.marks[0];
    const second = key.marks[1];
    const swatchX = (m: typeof first) => num(findAll(m ?? '', 'rect')[0], 'x');
    const textX = (m: typeof first) => num(findAll(m ?? '', 'text')[0], 'x');
    expect([swatchX(first), textX(first)]).toEqual([580, 574]);
    // The second column starts half the inner width further left.
    expect(swatchX(second)).toBe(580 - 292);
  });

  it('shortens a label too long for its column and keeps it whole as a tooltip', () => {
    const long = 'Personnes accueillies pour un accompagnement juridique et administratif';
    const [item] = legend([{ label: long, swatch: 'swatch' }], 200, 'ltr').marks;
    const text = findAll(item ?? '', 'text')[0];
    expect(textOf(text ?? '')).toMatch(/…$/);
    expect(textOf(text ?? '').length).toBeLessThan(long.length);
    expect(findAll(item ?? '', 'title')[0]?.children).toEqual([long]);
  });
});

describe('facet', () => {
  it('fits two panels of at least 136 px on a 360 px phone, one on 280 px', () => {
    expect(facetColumns(360, 5, 136, 16)).toBe(2);
    expect(facetColumns(280, 5, 136, 16)).toBe(1);
    expect(facetColumns(1000, 3, 136, 16)).toBe(3);
    expect(facetWidth(360, 2, 16)).toBe(172);
  });

  it('places panels row by row under the top, the first column on the start side', () => {
    const grid = { columns: 2, gap: 16, rowHeight: 100, top: 40 };
    const panel = (i: number, w: number) => [h('rect', { 'data-i': i, width: w })];
    const ltr = facet(3, 360, { ...grid, dir: 'ltr' }, panel);
    const rtl = facet(3, 360, { ...grid, dir: 'rtl' }, panel);
    expect(ltr.map((g) => g.attrs.transform)).toEqual([
      'translate(0, 40)',
      'translate(188, 40)',
      'translate(0, 140)',
    ]);
    expect(rtl.map((g) => g.attrs.transform)).toEqual([
      'translate(188, 40)',
      'translate(0, 40)',
      'translate(188, 140)',
    ]);
    expect(ltr.map((g) => findAll(g, 'rect')[0]?.attrs)).toEqual([
      { 'data-i': 0, width: 172 },
      { 'data-i': 1, width: 172 },
      { 'data-i': 2, width: 172 },
    ]);
  });
});
