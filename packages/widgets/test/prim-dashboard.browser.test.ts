import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/define/prim-dashboard.js';
import type { PrimElement } from '../src/base/prim-element.js';
import { clearFeedCache } from '../src/data/feed-cache.js';
import type { PrimDashboard } from '../src/elements/prim-dashboard.js';
import { fundFeed } from './fixtures.js';
import { $, $$, axeViolations, cleanup, mount, settle, textOf } from './mount.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  clearFeedCache();
});

/** The elements inside the dashboard, settled. */
async function inner(el: PrimDashboard): Promise<PrimElement[]> {
  const children = $$(el, 'prim-indicator, prim-progress, prim-parity, prim-footfall, prim-funnel');
  for (const child of children) await settle(child as PrimElement);
  return children as PrimElement[];
}

const mountDashboard = async (attrs: string, width = 900) => {
  const el = await mount<PrimDashboard>(
    `<prim-dashboard ${attrs}></prim-dashboard>`,
    (e) => (e.feed = fundFeed()),
    width,
  );
  await inner(el);
  return el;
};

describe('prim-dashboard', () => {
  it('composes headline cards, progress, parity, footfall and the funnel', async () => {
    const el = await mountDashboard('lang="fr"');
    const children = await inner(el);
    expect(children.map((c) => c.localName)).toEqual([
      'prim-indicator',
      'prim-indicator',
      'prim-indicator',
      'prim-progress',
      'prim-parity',
      'prim-footfall',
      'prim-funnel',
    ]);
    expect(children.slice(0, 3).map((c) => c.getAttribute('indicator'))).toEqual([
      'fund-completion',
      'baom-coverage',
      'baom-footfall',
    ]);
    expect($(el, '[part="title"]')?.textContent?.trim()).toBe('PRIM');
    // The parity card: 1 of 3 activities with a known share meets parity, 1 unknown.
    const card = $(el, '[part="card"]');
    expect(card?.textContent?.replace(/\s+/g, ' ')).toContain('1 / 3');
    expect(card?.textContent).toContain('1 activité sur 3 à la parité');
    expect(card?.textContent).toContain('1 sans ventilation par sexe');
    // Each inner element shows its own data: the funnel its calls, the card its value.
    expect(textOf(children[6]!)).toContain('Souss-Massa — 2e appel');
    expect(textOf(children[0]!)).toContain('63');
    // Heading levels nest under the dashboard's.
    expect($(children[3]!, '[part="title"]')?.getAttribute('aria-level')).toBe('4');
  });

  it('hands every inner element the same feed object: one load', async () => {
    const feed = fundFeed();
    const spy = vi.spyOn(window, 'fetch');
    const el = await mount<PrimDashboard>(
      '<prim-dashboard lang="fr"></prim-dashboard>',
      (e) => (e.feed = feed),
    );
    const children = await inner(el);
    expect(new Set(children.map((c) => c.feed)).size).toBe(1);
    expect(children[0]?.feed).toBeTypeOf('object');
    expect(spy).not.toHaveBeenCalled();
  });

  it('fetches a src once for itself and everything inside it', async () => {
    const body = JSON.stringify(fundFeed());
    const spy = vi
      .spyOn(window, 'fetch')
      .mockImplementation(async () => new Response(body, { status: 200 }));
    const el = await mount<PrimDashboard>(
      '<prim-dashboard lang="fr" src="/feeds/prim.feed.json"></prim-dashboard>',
    );
    const children = await inner(el);
    expect(children.length).toBeGreaterThan(5);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('shows a region in Arabic, right to left, passing language and filter down', async () => {
    const el = await mountDashboard('lang="ar" region="souss-massa"', 420);
    expect($(el, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    expect($(el, '[part="title"]')?.textContent?.trim()).toBe(
      'البرنامج الجهوي لمبادرات الهجرة — سوس ماسة',
    );
    const children = await inner(el);
    for (const child of children) {
      expect(child.getAttribute('region')).toBe('souss-massa');
      expect($(child, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    }
    const funnel = children.find((c) => c.localName === 'prim-funnel')!;
    expect(textOf(funnel)).toContain('سوس ماسة — الطلب الثاني');
    expect(textOf(funnel)).not.toContain('الشرق — الشباك');
    // A language change reaches the inner elements.
    el.setAttribute('lang', 'en');
    await settle(el);
    await inner(el);
    expect(textOf(funnel)).toContain('SM second call');
  });

  it("reads the parity card's '1 / 3' left to right in Arabic too", async () => {
    const el = await mountDashboard('lang="ar"', 420);
    const big = $(el, '[part="card"] .big')!;
    const walker = document.createTreeWalker(big, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const node = texts.find((t) => t.data.includes('/'))!;
    const left = (digit: string) => {
      const range = document.createRange();
      range.setStart(node, node.data.indexOf(digit));
      range.setEnd(node, node.data.indexOf(digit) + 1);
      return range.getBoundingClientRect().left;
    };
    expect(left('1')).toBeLessThan(left('3'));
  });

  it('lays cards out in a grid from 320 px', async () => {
    const narrow = await mountDashboard('lang="fr"', 320);
    const cards = $$(narrow, '.cards > *').map((c) => c.getBoundingClientRect());
    // One column: cards stacked, none wider than the dashboard.
    expect(new Set(cards.map((r) => Math.round(r.left))).size).toBe(1);
    for (const r of cards) expect(r.width).toBeLessThanOrEqual(320);
    cleanup();
    const wide = await mountDashboard('lang="fr"', 1100);
    const row = $$(wide, '.cards > *').map((c) => Math.round(c.getBoundingClientRect().top));
    expect(new Set(row).size).toBe(1);
  });

  it('has no axe violations', async () => {
    const el = await mountDashboard('lang="fr"');
    expect(await axeViolations(el)).toEqual([]);
    const ar = await mountDashboard('lang="ar" theme="dark"', 360);
    expect(await axeViolations(ar)).toEqual([]);
  });
});
