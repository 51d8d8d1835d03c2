import { describe, expect, it } from 'vitest';
import { frame } from '../../src/charts/marks/frame.js';
import { h } from '../../src/charts/marks/node.js';
import { ruleX, ruleY } from '../../src/charts/marks/rule.js';

describe('rules', () => {
  it('draws a vertical rule at x and a horizontal rule at y', () => {
    expect(ruleX('target', 40, 10, 30).attrs).toEqual({
      class: 'target',
      x1: 40,
      x2: 40,
      y1: 10,
      y2: 30,
    });
    expect(ruleY('grid', 25, 0, 200).attrs).toEqual({
      class: 'grid',
      x1: 0,
      x2: 200,
      y1: 25,
      y2: 25,
    });
  });
});

describe('frame', () => {
  it('is one named image whose marks are hidden from assistive technology', () => {
    const chart = frame(
      { kind: 'bullet-chart', label: 'Avancement', height: 64 },
      {
        width: 320,
        dir: 'rtl',
      },
      h('rect', { x: 1 }),
      [h('line', {})],
    );
    expect(chart.tag).toBe('svg');
    expect(chart.attrs).toMatchObject({
      part: 'chart',
      class: 'bullet-chart',
      role: 'img',
      'aria-label': 'Avancement',
      width: 320,
      height: 64,
      viewBox: '0 0 320 64',
      direction: 'rtl',
    });
    expect(chart.attrs['data-unit']).toBeUndefined();
    const [group] = chart.children;
    expect(group).toMatchObject({ tag: 'g', attrs: { 'aria-hidden': 'true' } });
    expect(
      typeof group === 'object' && group.children.map((c) => typeof c === 'object' && c.tag),
    ).toEqual(['rect', 'line']);
  });

  it('names its part and unit when given', () => {
    const line = frame(
      { kind: 'sparkline', part: 'sparkline', unit: 'month', label: 'x', height: 44 },
      {
        width: 100,
        dir: 'ltr',
      },
    );
    expect(line.attrs).toMatchObject({ part: 'sparkline', 'data-unit': 'month' });
  });
});

describe('h', () => {
  it('flattens nested children and drops gaps (undefined, false)', () => {
    const node = h('g', {}, [h('a'), undefined, [false, 'text', [h('b')]]]);
    expect(node.children.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual([
      'a',
      'text',
      'b',
    ]);
  });
});
