/**
 * The built embed bundle with published views, in Chromium, under a strict CSP: elements
 * whose feed has matching views (`prim.views.json` beside `prim.feed.json`) draw without
 * ever requesting the validator and model chunk, and show exactly what the model shows,
 * reading their part of the views (or the whole file when there are no parts); views that
 * are stale (another feed's hash), broken or missing fall back to the model.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedChromium, type TestServer } from './chromium-server.js';
import { embedFiles } from './embed-bundle.js';
import { shadowTexts, visit, type Visit } from './embed-visit.js';
import { publishedViewsFiles, publishFeedBytes } from '@prim/indicators';
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

/** The files of a folder as `prim publish` writes them: the views whole and in parts, or whole only. */
async function published(dir: string, bytes: Buffer, parts: 'parts' | 'whole only') {
  const result = await publishFeedBytes(new Uint8Array(bytes));
  if (!result.ok) throw new Error('the feed does not publish');
  return Object.fromEntries(
    Object.entries(publishedViewsFiles('prim.feed.json', result.views))
      .filter(([name]) => parts === 'parts' || name === 'prim.views.json')
      .map(([name, text]) => [`/${dir}/${name}`, ['application/json', text] as [string, string]]),
  );
}

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
    // Published: the feed and its views, whole and in parts.
    '/fast/prim.feed.json': ['application/json', FEED],
    ...(await published('fast', FEED, 'parts')),
    // Published by an earlier `prim publish`: the whole views only.
    '/whole/prim.feed.json': ['application/json', FEED],
    ...(await published('whole', FEED, 'whole only')),
    // No views at all: the model, silently.
    '/none/prim.feed.json': ['application/json', FEED],
    // Republished feed, old views: their hash names other bytes.
    '/stale/prim.feed.json': ['application/json', changed],
    '/stale/prim.views.json': ['application/json', await viewsOf(FEED)],
    // The same, with the parts of the old views.
    '/stale-parts/prim.feed.json': ['application/json', changed],
    ...(await published('stale-parts', FEED, 'parts')),
    '/changed/prim.feed.json': ['application/json', changed],
    // A sidecar that is not published views.
    '/bad/prim.feed.json': ['application/json', FEED],
    '/bad/prim.views.json': ['application/json', '{"format":"prim-views/0"}'],
    // Views published before tables were: the table computes from the feed.
    '/older/prim.feed.json': ['application/json', FEED],
    '/older/prim.views.json': ['application/json', await viewsWithoutTables(FEED)],
  };
  for (const dir of ['fast', 'whole', 'none', 'stale', 'stale-parts', 'changed', 'bad', 'older']) {
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

type Seen = { visit: Visit; texts: Record<string, string> };
const visited = new Map<string, Promise<Seen>>();

/**
 * What a page's elements show, after checking it is clean; opened once per file, as the
 * pages the tests compare with (the model's, the changed feed's) are the same for several.
 */
function texts(path: string): Promise<Seen> {
  let seen = visited.get(path);
  if (!seen) visited.set(path, (seen = open(path)));
  return seen;
}

async function open(path: string): Promise<Seen> {
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
    // Each element downloads its part: the footfall chart its one view, the table the
    // tables' observations, the others the views without either; never the whole file.
    expect(fast.visit.requests).toContain('/fast/prim.views.footfall-none.json');
    expect(fast.visit.requests).toContain('/fast/prim.views.table.json');
    expect(fast.visit.requests).toContain('/fast/prim.views.base.json');
    expect(fast.visit.requests).not.toContain('/fast/prim.views.json');
    expect(usedModel(fast.visit)).toBe(false);
    expect(fast.visit.warnings).toEqual([]);
    // Without views, the model is loaded, and says the same, word for word.
    expect(usedModel(full.visit)).toBe(true);
    expect(full.visit.warnings).toEqual([]);
    expect(fast.texts).toEqual(full.texts);
    expect(fast.texts['prim-indicator']).toMatch(/Taux|projets/);
  });

  it('draws from the whole views when the server has no parts (an earlier publish)', async () => {
    const whole = await texts('/whole.html');
    const full = await texts('/none.html');
    expect(whole.visit.requests).toContain('/whole/prim.views.base.json');
    expect(whole.visit.requests).toContain('/whole/prim.views.json');
    expect(usedModel(whole.visit)).toBe(false);
    expect(whole.visit.warnings).toEqual([]);
    expect(whole.texts).toEqual(full.texts);
  });

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
  });

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
  });

  it('computes from the feed when the parts are stale, never looking further', async () => {
    const stale = await texts('/stale-parts.html');
    const changed = await texts('/changed.html');
    expect(usedModel(stale.visit)).toBe(true);
    const warnings = stale.visit.warnings.join('\n');
    expect(warnings).toMatch(/prim\.views\.base\.json not used \(computed from other bytes/);
    expect(warnings).toMatch(/prim\.views\.footfall-none\.json not used \(computed from other/);
    // A part that is there but stale: the whole file is not worth downloading.
    expect(stale.visit.requests).not.toContain('/stale-parts/prim.views.json');
    expect(stale.texts).toEqual(changed.texts);
  });

  it('computes from the feed when the sidecar is not published views, and says why', async () => {
    const bad = await texts('/bad.html');
    const full = await texts('/none.html');
    expect(usedModel(bad.visit)).toBe(true);
    expect(bad.visit.warnings.join('\n')).toMatch(/format is "prim-views\/0"/);
    expect(bad.texts).toEqual(full.texts);
  });

  it('computes from the feed for another as-of date', async () => {
    const other = await texts('/as-of.html');
    const full = await texts('/as-of-none.html');
    expect(usedModel(other.visit)).toBe(true);
    expect(other.texts).toEqual(full.texts);
    expect(other.texts['prim-indicator']).toContain('2022');
    // The table lists only the observations over by then.
    expect(other.texts['prim-table']).not.toContain('2024');
  });

  it('computes from the feed for a region', async () => {
    const region = await texts('/region.html');
    const full = await texts('/region-none.html');
    expect(usedModel(region.visit)).toBe(true);
    expect(region.texts).toEqual(full.texts);
  });

  it('computes a table from the feed when the views hold no tables, the charts from them', async () => {
    const older = await texts('/older.html');
    const full = await texts('/none.html');
    expect(usedModel(older.visit)).toBe(true);
    expect(older.visit.warnings).toEqual([]);
    expect(older.texts).toEqual(full.texts);
  });
});
