import { publishFeedBytes, type Feed } from '@prim/indicators';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import '../src/define/prim-dashboard.js';
import type { PrimElement } from '../src/base/prim-element.js';
import { clearFeedCache } from '../src/data/feed-cache.js';
import { PrimDashboard } from '../src/elements/prim-dashboard.js';
import { fundFeed } from './fixtures.js';
import { $, $$, axeViolations, cleanup, mount, settle, textOf } from './mount.js';

// The inner elements' code, loaded on demand: here once, before the tests time anything.
beforeAll(() => PrimDashboard.innerElements);

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

/**
 * Serves `feed` at /feeds/dash.feed.json and, beside it, the views published from
 * `viewsOf` (the feed itself unless said: other bytes make them stale).
 */
async function serve(feed: Feed, viewsOf: Feed = feed) {
  const bytes = (f: Feed) => new TextEncoder().encode(JSON.stringify(f));
  const published = await publishFeedBytes(bytes(viewsOf));
  if (!published.ok) throw new Error('the fixture does not publish');
  const views = JSON.stringify(published.views);
  const body = bytes(feed);
  return vi.spyOn(window, 'fetch').mockImplementation(async (url) => {
    const path = new URL(String(url)).pathname;
    if (path === '/feeds/dash.feed.json') return new Response(body, { status: 200 });
    if (path === '/feeds/dash.views.json') return new Response(views, { status: 200 });
    return new Response('not found', { status: 404 });
  });
}

/**
 * A dashboard's markup and its inner elements', drawn (Lit's markers, which carry a random
 * number, and the attributes that hand the feed down left out), and what each inner element
 * was handed: a src, or a feed object.
 */
async function deepMarkup(attrs: string) {
  const el = await mount<PrimDashboard>(
    `<prim-dashboard ${attrs}></prim-dashboard>`,
    undefined,
    900,
  );
  const children = await inner(el);
  const clean = (root: Element) =>
    (root.shadowRoot?.innerHTML ?? '')
      .replace(/<!--\?lit\$\d+\$-->/g, '')
      .replace(/ (src|views)="[^"]*"/g, '')
      // Pattern ids are numbered per element on the page.
      .replace(/prim-ff\d+/g, 'prim-ff');
  const result = {
    markup: [el, ...children].map(clean),
    handed: children.map((c) =>
      c.feed ? { feed: true } : { src: c.getAttribute('src') ?? undefined },
    ),
  };
  cleanup();
  return result;
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

  it('fetches a src and its views once for itself and everything inside it', async () => {
    const spy = await serve(fundFeed());
    const el = await mount<PrimDashboard>(
      '<prim-dashboard lang="fr" src="/feeds/dash.feed.json"></prim-dashboard>',
    );
    const children = await inner(el);
    expect(children.length).toBeGreaterThan(5);
    expect(spy.mock.calls.map(([url]) => new URL(String(url)).pathname).sort()).toEqual([
      '/feeds/dash.feed.json',
      '/feeds/dash.views.json',
    ]);
  });

  it('draws from published views, inside too, exactly what the model draws', async () => {
    const warn = vi.spyOn(console, 'warn');
    await serve(fundFeed());
    const fast = await deepMarkup('lang="fr" src="/feeds/dash.feed.json"');
    // Drawn from the views: the inner elements were handed the src, not a feed object.
    expect(fast.handed).toEqual(fast.handed.map(() => ({ src: '/feeds/dash.feed.json' })));
    const full = await deepMarkup('lang="fr" src="/feeds/dash.feed.json" views="none"');
    expect(full.handed).toEqual(full.handed.map(() => ({ feed: true })));
    expect(fast.markup).toEqual(full.markup);
    expect(fast.markup.join('')).toContain('Souss-Massa — 2e appel');
    expect(warn).not.toHaveBeenCalled();
  });

  it('computes from the feed for another date or a region, as the model does', async () => {
    await serve(fundFeed());
    for (const attrs of ['as-of="2023-06-30"', 'region="souss-massa"']) {
      const other = await deepMarkup(`lang="fr" src="/feeds/dash.feed.json" ${attrs}`);
      expect(other.handed).toEqual(other.handed.map(() => ({ feed: true })));
      const model = await deepMarkup(`lang="fr" src="/feeds/dash.feed.json" views="none" ${attrs}`);
      expect(other.markup).toEqual(model.markup);
    }
  });

  it('computes from the feed when its views are stale, never showing their figures', async () => {
    const warn = vi.spyOn(console, 'warn');
    const feed = fundFeed();
    const changed = fundFeed();
    // More applications to the fund's calls: the funnel's figures change.
    changed.observations = changed.observations.map((o) =>
      o.indicator === 'fund-applications' ? { ...o, value: (o.value ?? 0) + 5 } : o,
    );
    await serve(changed, feed);
    const stale = await deepMarkup('lang="ar" src="/feeds/dash.feed.json"');
    expect(stale.handed).toEqual(stale.handed.map(() => ({ feed: true })));
    expect(warn.mock.calls.join('\n')).toMatch(
      /dash\.views\.json not used \(computed from other bytes/,
    );
    vi.restoreAllMocks();
    clearFeedCache();
    await serve(changed);
    const model = await deepMarkup('lang="ar" src="/feeds/dash.feed.json" views="none"');
    expect(stale.markup).toEqual(model.markup);
    // What the stale views say differs, so showing them would have been seen.
    clearFeedCache();
    await serve(feed);
    const old = await deepMarkup('lang="ar" src="/feeds/dash.feed.json"');
    expect(old.markup[7]).not.toEqual(stale.markup[7]);
  });

  it('draws once the code of the elements inside it is there', async () => {
    let loaded!: () => void;
    const code = new Promise<void>((resolve) => (loaded = resolve));
    const before = PrimDashboard.innerElements;
    PrimDashboard.innerElements = code;
    try {
      const el = document.createElement('prim-dashboard') as PrimDashboard;
      el.feed = fundFeed();
      el.setAttribute('lang', 'fr');
      document.body.append(el);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      // No empty frame of cards waiting for their code: the loading state.
      expect($(el, '[part="cards"]')).toBeNull();
      expect(textOf(el)).toContain('Chargement');
      loaded();
      await settle(el);
      expect($$(el, '.cards > prim-indicator').length).toBe(3);
    } finally {
      PrimDashboard.innerElements = before;
    }
  });

  it('says so when the code of the elements inside it cannot be loaded', async () => {
    const before = PrimDashboard.innerElements;
    const failed = Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    failed.catch(() => undefined);
    PrimDashboard.innerElements = failed;
    try {
      const el = await mount<PrimDashboard>(
        '<prim-dashboard lang="fr"></prim-dashboard>',
        (e) => (e.feed = fundFeed()),
      );
      expect($(el, '[part="error"]')?.getAttribute('role')).toBe('alert');
      expect(textOf(el)).toContain('Failed to fetch dynamically imported module');
      expect($(el, '[part="cards"]')).toBeNull();
    } finally {
      PrimDashboard.innerElements = before;
    }
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
