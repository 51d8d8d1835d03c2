import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { monthBars } from '../src/charts/month-bars.js';
import { draw } from '../src/charts/marks/draw.js';
import { h, title } from '../src/charts/marks/node.js';
import { parityChart } from '../src/charts/parity-chart.js';
import { messages } from '../src/i18n/catalogue.js';
import { toXml } from '../src/ssr/to-xml.js';
import { formatterFor, localeFor } from '@prim/indicators/present';
import { HOSTILE } from './fixtures.js';

/** Renders a mark tree with Lit into a fresh container. */
function drawn(node: ReturnType<typeof h>): Element {
  const host = document.createElement('div');
  render(html`<p>${draw(node)}</p>`, host);
  const el = host.querySelector('p > *');
  if (!el) throw new Error('nothing drawn');
  return el;
}

/** Elements, sorted attributes and non-blank text, the same for DOM from any source. */
function canonical(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE)
    return node.textContent?.trim() ? `"${node.textContent}"` : '';
  if (!(node instanceof Element)) return '';
  const attrs = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort();
  return `<${node.localName} ${attrs.join(' ')}>${[...node.childNodes].map(canonical).join('')}</>`;
}

const ctx = (lang: 'fr' | 'ar') => ({
  width: 360,
  dir: lang === 'ar' ? ('rtl' as const) : ('ltr' as const),
  fmt: formatterFor(lang, localeFor(lang)),
  msgs: messages(lang),
});

describe('draw', () => {
  it('draws SVG elements with their attributes, and feed text as text, never markup', () => {
    const el = drawn(
      h(
        'svg',
        { viewBox: '0 0 10 10', 'data-unit': undefined },
        h('text', { x: 1 }, HOSTILE, title(HOSTILE)),
      ),
    );
    expect(el.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(el.getAttribute('viewBox')).toBe('0 0 10 10');
    expect(el.hasAttribute('data-unit')).toBe(false);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('text')?.firstChild?.textContent).toBe(HOSTILE);
    expect(el.querySelector('title')?.textContent).toBe(HOSTILE);
  });

  it.each(['fr', 'ar'] as const)(
    'draws in the page exactly what the static SVG writes (%s)',
    (lang) => {
      const charts = [
        parityChart(
          [
            {
              label: 'Formation genre et migration des cadres élus',
              share: 0.275,
              status: 'below',
              caption: '27,5 % · Sous la parité',
            },
            { label: 'Caravane', share: undefined, status: 'unknown', caption: 'Inconnu' },
          ],
          0.5,
          ctx(lang),
          'Part des femmes',
        ),
        monthBars(
          [
            {
              title: 'Tiznit',
              months: [
                { period: '2022-07', total: { value: 30, suppressed: true }, parts: [20, 10] },
              ],
            },
            {
              title: 'Agadir',
              months: [
                {
                  period: '2022-07',
                  total: { value: undefined, below: 5, suppressed: true },
                  parts: [],
                },
              ],
            },
          ],
          ctx(lang),
          {
            label: 'Footfall',
            yMax: 30,
            idPrefix: 't',
            series: [
              { label: 'MRE', style: 0 },
              { label: 'Autre', style: 1 },
            ],
          },
        ),
      ];
      for (const chart of charts) {
        const parsed = new DOMParser().parseFromString(
          toXml(h('svg', { xmlns: 'http://www.w3.org/2000/svg' }, chart)),
          'image/svg+xml',
        ).documentElement.firstElementChild;
        expect(parsed).not.toBeNull();
        expect(canonical(drawn(chart))).toBe(canonical(parsed as Element));
      }
    },
  );
});
