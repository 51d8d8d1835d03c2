import { afterEach, describe, expect, it } from 'vitest';
import { findChart } from '../src/download/find-chart.js';
import '../src/define/prim-indicator.js';
import { buildFeed } from './fixtures.js';
import { cleanup, mount } from './mount.js';

afterEach(cleanup);

const SVG = 'http://www.w3.org/2000/svg';
const svg = (part?: string) => {
  const el = document.createElementNS(SVG, 'svg');
  if (part) el.setAttribute('part', part);
  return el;
};

describe('findChart', () => {
  it('finds the chart inside nested shadow roots, past small icons', () => {
    const host = document.createElement('div');
    const outer = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    outer.append(svg(), inner);
    const chart = svg('chart');
    inner.attachShadow({ mode: 'open' }).append(svg(), chart);
    expect(findChart(host)).toBe(chart);
    expect(findChart(document.createElement('div'))).toBeUndefined();
  });

  it('a card exports its sparkline, not its status icon', async () => {
    const card = await mount(
      '<prim-indicator lang="fr" indicator="participants"></prim-indicator>',
      (e) => {
        e.feed = buildFeed();
      },
    );
    expect(card.shadowRoot?.querySelector('svg')?.getAttribute('part')).not.toBe('sparkline');
    expect(findChart(card)?.getAttribute('part')).toBe('sparkline');
  });
});
