import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../src/define/prim-dashboard.js';
import '../src/define/prim-footfall.js';
import '../src/define/prim-progress.js';
import { PrimDashboard } from '../src/elements/prim-dashboard.js';
import type { PrimFootfall } from '../src/elements/prim-footfall.js';
import type { PrimProgress } from '../src/elements/prim-progress.js';
import { buildFeed, footfallYearFeed, fundFeed } from './fixtures.js';
import { $, cleanup, mount, settle } from './mount.js';

// The dashboard's inner elements' code, loaded on demand: here once, before any test.
beforeAll(() => PrimDashboard.innerElements);
afterEach(cleanup);

const chartWidth = (el: Element) => Number($(el, '.bullet-chart')?.getAttribute('width'));

describe('layout and theme', () => {
  it('lays charts out by the element’s width, and again when it changes', async () => {
    const el = await mount<PrimProgress>(
      '<prim-progress lang="fr"></prim-progress>',
      (e) => {
        e.feed = buildFeed();
      },
      320,
    );
    expect(chartWidth(el)).toBeGreaterThanOrEqual(250);
    expect(chartWidth(el)).toBeLessThanOrEqual(320);
    (el.parentElement as HTMLElement).style.width = '800px';
    // settle() waits the frames in which the ResizeObserver reports and the element redraws.
    await settle(el);
    expect(chartWidth(el)).toBeGreaterThan(700);
  });

  it('re-lays out on resize without a ResizeObserver loop error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await mount<PrimFootfall>('<prim-footfall lang="fr"></prim-footfall>', (e) => {
        e.feed = footfallYearFeed();
      });
      for (const width of ['900px', '360px', '700px']) {
        (el.parentElement as HTMLElement).style.width = width;
        await settle(el);
      }
      expect(Number($(el, 'svg[part~="chart"]')?.getAttribute('width'))).toBeGreaterThan(600);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors.filter((m) => /ResizeObserver/.test(m))).toEqual([]);
  });

  it('lays inner charts out for the width they get in a 320 px dashboard', async () => {
    const el = await mount<PrimDashboard>(
      '<prim-dashboard lang="fr"></prim-dashboard>',
      (e) => {
        e.feed = fundFeed();
      },
      320,
    );
    const inner = [...(el.shadowRoot?.querySelectorAll<PrimProgress>('[feed], *') ?? [])].filter(
      (c) => c.localName.startsWith('prim-'),
    );
    for (const child of inner) await settle(child);
    await settle(el);
    const charts = inner.flatMap((c) => [
      ...(c.shadowRoot?.querySelectorAll<SVGSVGElement>(
        'svg[part~="chart"], svg[part~="sparkline"]',
      ) ?? []),
    ]);
    expect(charts.length).toBeGreaterThan(3);
    for (const svg of charts) {
      // Drawn at its own width: the SVG's user units are CSS pixels, nothing scaled down.
      const drawn = svg.getBoundingClientRect().width;
      expect(Math.abs(drawn - Number(svg.getAttribute('width')))).toBeLessThan(1);
      expect(drawn).toBeLessThanOrEqual(320);
    }
  });

  it('resists hostile page CSS and follows the dark theme', async () => {
    const style = document.createElement('style');
    style.textContent = 'div, p, text { font-size: 40px !important; color: red !important; }';
    document.head.append(style);
    try {
      const el = await mount<PrimProgress>(
        '<prim-progress lang="fr" theme="dark"></prim-progress>',
        (e) => {
          e.feed = buildFeed();
        },
      );
      const base = $(el, '[part="base"]') as HTMLElement;
      expect(getComputedStyle(base).fontSize).toBe('16px');
      expect(getComputedStyle(base).backgroundColor).toBe('rgb(22, 24, 29)');
    } finally {
      style.remove();
    }
  });

  it('keeps its own text style under a page-wide reset and shouting body text', async () => {
    const style = document.createElement('style');
    style.textContent = `* { all: unset; }
      body { text-transform: uppercase; letter-spacing: 0.08em; word-spacing: 0.4em;
             text-align: justify; color: #7a0066 !important; }`;
    document.head.append(style);
    try {
      const el = await mount<PrimProgress>('<prim-progress lang="fr"></prim-progress>', (e) => {
        e.feed = buildFeed();
      });
      const base = getComputedStyle($(el, '[part="base"]') as HTMLElement);
      expect(base.textTransform).toBe('none');
      expect(base.letterSpacing).toBe('normal');
      expect(base.wordSpacing).toBe('0px');
      expect(base.color).not.toBe('rgb(122, 0, 102)');
    } finally {
      style.remove();
    }
  });
});
