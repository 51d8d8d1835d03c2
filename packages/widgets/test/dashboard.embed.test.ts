/**
 * `define/prim-dashboard.js` as built alone, in Chromium, under a strict CSP: it loads the
 * elements it draws inside it on demand, draws with its inner charts from published views
 * without the validator and the model, exactly as the model draws them, falls back to the
 * model for stale views, and says so when its inner elements' code cannot be loaded.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedChromium, type TestServer } from './chromium-server.js';
import { dashboardBundle } from './embed-bundle.js';
import { visit, type Visit } from './embed-visit.js';
import { changedFeed, FEED, NOT_FOUND, serveStrict, usedModel, viewsOf } from './views-pages.js';

const INNER = 'prim-indicator, prim-progress, prim-parity, prim-footfall, prim-funnel';

const page = (script: string, src: string, lang = 'fr') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>dashboard</title>
<script type="module" src="${script}"></script></head>
<body><prim-dashboard src="${src}"></prim-dashboard></body></html>`;

let server: TestServer;
let browser: Browser;
/** The chunk that registers the inner elements. */
let innerChunk: string;

beforeAll(async () => {
  const built = dashboardBundle();
  innerChunk = Object.keys(built.lazy).find((f) => f.includes('inner-elements')) ?? '';
  const code: Record<string, string> = { 'prim-dashboard.js': built.code, ...built.lazy };
  const files: Record<string, [string, string | Buffer]> = {
    '/fast/prim.feed.json': ['application/json', FEED],
    '/fast/prim.views.json': ['application/json', await viewsOf(FEED)],
    '/none/prim.feed.json': ['application/json', FEED],
    '/stale/prim.feed.json': ['application/json', changedFeed()],
    '/stale/prim.views.json': ['application/json', await viewsOf(FEED)],
    '/changed/prim.feed.json': ['application/json', changedFeed()],
  };
  for (const [name, text] of Object.entries(code)) {
    files[`/js/${name}`] = ['text/javascript', text];
    // A host that lost the inner elements' file.
    if (name !== innerChunk) files[`/lost/${name}`] = ['text/javascript', text];
  }
  for (const dir of ['fast', 'none', 'stale', 'changed']) {
    files[`/${dir}.html`] = ['text/html', page('/js/prim-dashboard.js', `/${dir}/prim.feed.json`)];
    files[`/${dir}-ar.html`] = [
      'text/html',
      page('/js/prim-dashboard.js', `/${dir}/prim.feed.json`, 'ar'),
    ];
  }
  files['/lost.html'] = ['text/html', page('/lost/prim-dashboard.js', '/fast/prim.feed.json')];
  server = await serveStrict(files);
  browser = await sharedChromium();
});

afterAll(async () => {
  await server?.close();
});

/** Waits until the dashboard and every element inside it has drawn. */
function drawn(page: Page): Promise<unknown> {
  return page.waitForFunction(
    (inner) => {
      const dash = document.querySelector('prim-dashboard')?.shadowRoot;
      const all = dash ? [dash, ...[...dash.querySelectorAll(inner)].map((e) => e.shadowRoot)] : [];
      return (
        all.length > 5 &&
        all.every((root) => {
          const text = root?.textContent ?? '';
          return text.trim().length > 0 && !/Chargement|Loading|جارٍ/.test(text);
        })
      );
    },
    INNER,
    { timeout: 20_000 },
  );
}

/**
 * The dashboard's markup and its inner elements', as drawn: Lit's markers (a random number
 * per page load) and the attributes that hand the feed down left out.
 */
async function markup(path: string): Promise<{ visit: Visit; html: string[] }> {
  const v = await visit(browser, `${server.base}${path}`, ['prim-dashboard']);
  await drawn(v.page);
  const html = await v.page.evaluate((inner) => {
    const dash = document.querySelector('prim-dashboard')!;
    const roots = [dash, ...dash.shadowRoot!.querySelectorAll(inner)];
    return roots.map((el) =>
      el
        .shadowRoot!.innerHTML.replace(/<!--\?lit\$\d+\$-->/g, '')
        .replace(/ (src|views)="[^"]*"/g, ''),
    );
  }, INNER);
  expect(await v.violations()).toEqual([]);
  expect(v.errors.filter((e) => !NOT_FOUND.test(e))).toEqual([]);
  for (const shown of html) expect(shown).not.toMatch(/part="error"/);
  await v.page.close();
  return { visit: v, html };
}

describe('define/prim-dashboard.js built alone', () => {
  it('loads its inner elements on demand and draws them from published views, as the model does', async () => {
    const fast = await markup('/fast.html');
    const full = await markup('/none.html');
    expect(fast.visit.requests).toContain('/fast/prim.views.json');
    expect(fast.visit.requests).toContain(`/js/${innerChunk}`);
    expect(usedModel(fast.visit)).toBe(false);
    expect(fast.visit.warnings).toEqual([]);
    expect(usedModel(full.visit)).toBe(true);
    expect(fast.html).toHaveLength(8);
    expect(fast.html).toEqual(full.html);
  });

  it('draws the same markup both ways in Arabic, right to left', async () => {
    const fast = await markup('/fast-ar.html');
    const full = await markup('/none-ar.html');
    expect(usedModel(fast.visit)).toBe(false);
    expect(fast.html).toEqual(full.html);
    for (const html of fast.html) expect(html).toMatch(/dir="rtl"/);
  });

  it('computes from the feed when the views are stale, never showing their figures', async () => {
    const stale = await markup('/stale.html');
    const changed = await markup('/changed.html');
    const original = await markup('/fast.html');
    expect(usedModel(stale.visit)).toBe(true);
    expect(stale.visit.warnings.join('\n')).toMatch(/not used \(computed from other bytes/);
    expect(stale.html).toEqual(changed.html);
    expect(stale.html).not.toEqual(original.html);
  });

  it('shows an error, not an empty frame, when its inner elements cannot be loaded', async () => {
    const v = await visit(browser, `${server.base}/lost.html`, ['prim-dashboard']);
    const state = await v.page.evaluate(() => {
      const root = document.querySelector('prim-dashboard')!.shadowRoot!;
      return {
        alert: root.querySelector('[part="error"]')?.getAttribute('role'),
        cards: root.querySelectorAll('[part="cards"]').length,
      };
    });
    expect(state).toEqual({ alert: 'alert', cards: 0 });
    expect(await v.violations()).toEqual([]);
    await v.page.close();
  });
});
