import { describe, expect, it } from 'vitest';
import { h, title } from '../../src/charts/marks/node.js';
import { fittedText, linesText } from '../../src/charts/marks/text.js';
import { toXml } from '../../src/ssr/to-xml.js';
import { HOSTILE } from '../fixtures.js';
import { textOf } from './find.js';

describe('text marks', () => {
  it('shortens a label to its width and keeps the whole text as a tooltip', () => {
    const label = fittedText({ x: 8, y: 14 }, 'Formation genre et migration des cadres', 100);
    expect(textOf(label)).toBe('Formation gen…');
    expect(toXml(label)).toBe(
      '<text x="8" y="14">Formation gen…<title>Formation genre et migration des cadres</title></text>',
    );
  });

  it('writes wrapped lines as tspans from the same x, with a tooltip only when asked', () => {
    const lines = linesText(
      { class: 'label', x: 472, y: 38 },
      ['Formation genre', 'des cadres'],
      16,
    );
    expect(toXml(lines)).toBe(
      '<text class="label" x="472" y="38"><tspan x="472" dy="0">Formation genre</tspan><tspan x="472" dy="16">des cadres</tspan></text>',
    );
    expect(toXml(linesText({ x: 0, y: 0 }, ['a…'], 16, 'a b'))).toContain('<title>a b</title>');
  });
});

describe('toXml', () => {
  it('escapes feed text and attribute values instead of writing markup', () => {
    const xml = toXml(h('g', { 'aria-label': HOSTILE }, h('text', {}, HOSTILE, title(HOSTILE))));
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&#60;img src=x onerror=&#34;window.__pwned=true&#34;&#62;');
  });

  it('leaves out undefined attributes and puts no whitespace inside text', () => {
    const xml = toXml(
      h(
        'svg',
        { width: 10, 'data-unit': undefined },
        h('g', {}, h('rect', { x: 0 })),
        h('text', {}, h('tspan', {}, 'a'), h('tspan', {}, 'b')),
      ),
    );
    expect(xml).toBe(
      '<svg width="10">\n  <g>\n    <rect x="0"/>\n  </g>\n  <text><tspan>a</tspan><tspan>b</tspan></text>\n</svg>',
    );
  });
});
