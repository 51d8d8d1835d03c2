/**
 * The built embed bundle with published views, in Chromium, under a strict CSP: elements
 * whose feed has matching views (`prim.views.json` beside `prim.feed.json`) draw without
 * ever requesting the validator and model chunk, and show exactly what the model shows;
 * views that are stale (another feed's hash), broken or missing fall back to the model.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedChromium, type TestServer } from './chromium-server.js';
import { embedFiles } from './embed-bundle.js';
import { shadowTexts, visit, type Visit } from './embed-visit.js';
import { changedFeed, FEED, NOT_FOUND, serveStrict, usedModel, viewsOf } from './views-pages.js';

/** Every element that can draw from published views. */
const TAGS = [
  'prim-indicator',
  'prim-progress',
  'prim-parity',
  'prim-footfall',
  'prim-funnel',
  'prim-table',
];

/** Views as published before they held tables of observations. */
async function viewsWithoutTables(bytes: Buffer): Promise<string> {
  const views = JSON.parse(await viewsOf(bytes)) as Record<string, unknown>;
  delete views.observations;
  return JSON.stringify(views);
}

function page(src: string, attrs = ''): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>views</title>
<script type="module" src="/prim-widgets.js"></script></head>
<body>
<prim-indicator src="${src}" indicator="fund-completion" ${attrs}></prim-indicator>
<prim-progress src="${src}" ${attrs}></prim-progress>
<prim-parity src="${src}" ${attrs}></prim-parity>
<prim-footfall src="${src}" by="none" ${attrs}></prim-footfall>
<prim-funnel src="${src}" ${attrs}></prim-funnel>
<prim-table src="${src}" indicator="fund-completion" ${attrs}></prim-table>
</body></html>`;
}

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const changed = changedFeed();
  const files: Record<string, [string, string | Buffer]> = {
    ...embedFiles(),
    // Published: the feed and its views.
    '/fast/prim.feed.json': ['application/json', FEED],
    '/fast/prim.views.json': ['application/json', await viewsOf(FEED)],
    // No views at all: the model, silently.
    '/none/prim.feed.json': ['application/json', FEED],
    // Republished feed, old views: their hash names other bytes.
    '/stale/prim.feed.json': ['application/json', changed],
    '/stale/prim.views.json': ['application/json', await viewsOf(FEED)],
    '/changed/prim.feed.json': ['application/json', changed],
    // A sidecar that is not published views.
    '/bad/prim.feed.json': ['application/json', FEED],
    '/bad/prim.views.json': ['application/json', '{"format":"prim-views/0"}'],
    // Views published before tables were: the table computes from the feed.
    '/older/prim.feed.json': ['application/json', FEED],
    '/older/prim.views.json': ['application/json', await viewsWithoutTables(FEED)],
  };
  for (const dir of ['fast', 'none', 'stale', 'changed', 'bad', 'older']) {
    files[`/${dir}.html`] = ['text/html', page(`/${dir}/prim.feed.json`)];
  }
  files['/fast-ar.html'] = ['text/html', page('/fast/prim.feed.json', 'lang="ar"')];
  files['/none-ar.html'] = ['text/html', page('/none/prim.feed.json', 'lang="ar"')];
  files['/as-of.html'] = ['text/html', page('/fast/prim.feed.json', 'as-of="2022-12-31"')];
  files['/as-of-none.html'] = ['text/html', page('/none/prim.feed.json', 'as-of="2022-12-31"')];
  files['/region.html'] = ['text/html', page('/fast/prim.feed.json', 'region="oriental"')];
  files['/region-none.html'] = ['text/html', page('/none/prim.feed.json', 'region="oriental"')];
  server = await serveStrict(files);
  browser = await sharedChromium();
});

afterAll(async () => {
  await server?.close();
});

/** Opens a page and returns what its elements show, after checking it is clean. */
async function texts(path: string): Promise<{ visit: Visit; texts: Record<string, string> }> {
  const v = await visit(browser, `${server.base}${path}`, TAGS);
  const shown = await shadowTexts(v.page, TAGS);
  expect(await v.violations()).toEqual([]);
  expect(v.errors.filter((e) => !NOT_FOUND.test(e))).toEqual([]);
  for (const tag of TAGS) expect(shown[tag], tag).not.toMatch(/erreur|error/i);
  await v.page.close();
  return { visit: v, texts: shown };
}

describe('prim-widgets.js with published views', () => {
  it('draws from them without the validator or the model, showing what the model shows', async () => {
    const fast = await texts('/fast.html');
    const full = await texts('/none.html');
    expect(fast.visit.requests).toContain('/fast/prim.views.json');
    expect(usedModel(fast.visit)).toBe(false);
    expect(fast.visit.warnings).toEqual([]);
    // Without views, the model is loaded, and says the same, word for word.
    expect(usedModel(full.visit)).toBe(true);
    expect(full.visit.warnings).toEqual([]);
    expect(fast.texts).toEqual(full.texts);
    expect(fast.texts['prim-indicator']).toMatch(/Taux|projets/);
  }, 60_000);

  it('draws the same markup both ways, in Arabic, right to left', async () => {
    const markup = async (path: string) => {
      const v = await visit(browser, `${server.base}${path}`, TAGS);
      const html = await v.page.evaluate(
        (tags) =>
          // Lit's markers carry a random number per page load.
          tags.map((t) =>
            (document.querySelector(t)?.shadowRoot?.innerHTML ?? '').replace(
              /<!--\?lit\$\d+\$-->/g,
              '',
            ),
          ),
        TAGS,
      );
      await v.page.close();
      return { v, html };
    };
    const fast = await markup('/fast-ar.html');
    const full = await markup('/none-ar.html');
    expect(usedModel(fast.v)).toBe(false);
    // Same DOM: same text, same roles and labels for assistive technology, same direction.
    expect(fast.html).toEqual(full.html);
    for (const html of fast.html)
      expect(html).toMatch(/part="base"[^>]*dir="rtl"|dir="rtl"[^>]*part="base"/);
  }, 60_000);

  it('computes from the feed when the views are stale, never showing their figures', async () => {
    const stale = await texts('/stale.html');
    const changed = await texts('/changed.html');
    const original = await texts('/fast.html');
    expect(usedModel(stale.visit)).toBe(true);
    expect(stale.visit.warnings.join('\n')).toMatch(
      /prim\.views\.json not used \(computed from other bytes/,
    );
    expect(stale.texts).toEqual(changed.texts);
    expect(stale.texts['prim-indicator']).not.toEqual(original.texts['prim-indicator']);
    expect(stale.texts['prim-table']).not.toEqual(original.texts['prim-table']);
  }, 60_000);

  it('computes from the feed when the sidecar is not published views, and says why', async () => {
    const bad = await texts('/bad.html');
    const full = await texts('/none.html');
    expect(usedModel(bad.visit)).toBe(true);
    expect(bad.visit.warnings.join('\n')).toMatch(/format is "prim-views\/0"/);
    expect(bad.texts).toEqual(full.texts);
  }, 60_000);

  it('computes from the feed for another as-of date', async () => {
    const other = await texts('/as-of.html');
    const full = await texts('/as-of-none.html');
    expect(usedModel(other.visit)).toBe(true);
    expect(other.texts).toEqual(full.texts);
    expect(other.texts['prim-indicator']).toContain('2022');
    // The table lists only the observations over by then.
    expect(other.texts['prim-table']).not.toContain('2024');
  }, 60_000);

  it('computes from the feed for a region', async () => {
    const region = await texts('/region.html');
    const full = await texts('/region-none.html');
    expect(usedModel(region.visit)).toBe(true);
    expect(region.texts).toEqual(full.texts);
  }, 60_000);

  it('computes a table from the feed when the views hold no tables, the charts from them', async () => {
    const older = await texts('/older.html');
    const full = await texts('/none.html');
    expect(usedModel(older.visit)).toBe(true);
    expect(older.visit.warnings).toEqual([]);
    expect(older.texts).toEqual(full.texts);
  }, 60_000);
});
