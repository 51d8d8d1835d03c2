/**
 * The built dashboard deployed in a folder, not at a host's root: https://example.org/any/path/.
 * Served here as the README's deploy recipe says (CORS on every file), it loads everything
 * from that folder, writes snippets for that folder, and embed.html works in a sandboxed
 * iframe of another origin, reporting its height. The script snippet works on a page of
 * another origin, its preloads used.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDownloads } from '../src/builder/first-downloads.js';
import { iframeSnippet, scriptSnippet, type EmbedChoice } from '../src/builder/snippets.js';
import { widgetSpec } from '../src/embed/widget-catalog.js';
import { RESIZER_SCRIPT } from '../src/embed/frame-height.js';
import { frameFitsContent, launch, openPage, widgetsRendered } from './browser.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const FOLDER = '/any/path/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    }),
  );
}

/** The paths asked of the folder server, in order. */
const asked: string[] = [];

/** Serves dist/ under FOLDER only; anything asked outside it is a 404 the test sees. */
function folderServer(): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    asked.push(path);
    if (!path.startsWith(FOLDER) || path.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    readFile(`${DIST}${path.slice(FOLDER.length)}`).then(
      (body) => {
        res.writeHead(200, {
          'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
          'Access-Control-Allow-Origin': '*',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
}

/** A monthly footfall chart in Arabic, as the builder writes its script snippet. */
function footfallChoice(embedPageUrl: string): EmbedChoice {
  const attributes: Array<[string, string]> = [
    ['by', 'none'],
    ['lang', 'ar'],
  ];
  const feedUrl = new URL('feeds/prim.feed.json', embedPageUrl).href;
  const spec = widgetSpec('prim-footfall');
  if (!spec) throw new Error('prim-footfall is not in the catalog');
  return {
    tag: 'prim-footfall',
    attributes,
    feedUrl,
    scriptUrl: new URL('widgets.js', embedPageUrl).href,
    embedPageUrl,
    preload: firstDownloads(spec, attributes, feedUrl),
  };
}

/**
 * A page of another site (another origin) with the builder's iframe snippet, sandboxed
 * without allow-same-origin: the strictest frame a host can give.
 */
function hostServer(embedPageUrl: string): Server {
  const snippet = iframeSnippet(
    {
      tag: 'prim-indicator',
      attributes: [
        ['indicator', 'fund-completion'],
        ['lang', 'ar'],
      ],
      feedUrl: new URL('feeds/prim.feed.json', embedPageUrl).href,
      scriptUrl: new URL('widgets.js', embedPageUrl).href,
      embedPageUrl,
    },
    'PRIM',
  ).replace('<iframe ', '<iframe id="frame" sandbox="allow-scripts" ');
  // /late.html: the iframe alone; the test adds the resizer once the frame has drawn.
  const iframeOnly = snippet.slice(0, snippet.indexOf('</iframe>') + '</iframe>'.length);
  const bodies: Record<string, string> = {
    '/late.html': iframeOnly,
    '/script.html': scriptSnippet(footfallChoice(embedPageUrl)),
  };
  return createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': TYPES['.html'] });
    const body = bodies[req.url ?? ''] ?? snippet;
    res.end(`<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
  });
}

let browser: Browser;
let servers: Server[] = [];
let origin: string;
let hostOrigin: string;
beforeAll(async () => {
  const folder = folderServer();
  origin = await listen(folder);
  const host = hostServer(`${origin}${FOLDER}embed.html`);
  hostOrigin = await listen(host);
  servers = [folder, host];
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) await new Promise((r) => server.close(r));
});

describe('deployed under a sub-path', () => {
  it('the dashboard loads every file from its folder and draws', async () => {
    const { page, errors } = await openPage(browser, `${origin}${FOLDER}index.html`);
    await widgetsRendered(page);
    // Loaded again, watched from its first request.
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(`${origin}${FOLDER}`)) outside.push(r.url());
    });
    await page.reload();
    expect(await widgetsRendered(page)).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the builder writes snippets for that folder', async () => {
    const { page, errors } = await openPage(
      browser,
      `${origin}${FOLDER}builder.html#/builder?widget=prim-indicator`,
    );
    await widgetsRendered(page);
    const script = await page.inputValue('[data-variant="script"] textarea');
    expect(script).toContain(`src="${origin}${FOLDER}widgets.js"`);
    expect(script).toContain(`src="${origin}${FOLDER}feeds/prim.feed.json"`);
    expect(script).toContain(
      `<link rel="preload" href="${origin}${FOLDER}feeds/prim.views.base.json" as="fetch" crossorigin>`,
    );
    const iframe = await page.inputValue('[data-variant="iframe"] textarea');
    expect(iframe).toContain(`src="${origin}${FOLDER}embed.html?widget=prim-indicator`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('embed.html draws in a sandboxed iframe of another origin and the frame takes its height', async () => {
    const { page, errors } = await openPage(browser, `${hostOrigin}/article.html`, {
      viewport: { width: 360, height: 640 },
    });
    await page.frameLocator('#frame').locator('prim-indicator').waitFor();
    const frame = await (await page.locator('#frame').elementHandle())?.contentFrame();
    expect(frame?.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/any\/path\/embed\.html\?/);
    expect(await frameFitsContent(page.locator('#frame'))).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a frame that drew before the host’s resizer ran still gets its height', async () => {
    const { page, errors } = await openPage(browser, `${hostOrigin}/late.html`, {
      viewport: { width: 650, height: 640 },
    });
    const frame = await (await page.locator('#frame').elementHandle())?.contentFrame();
    expect(await widgetsRendered(frame!)).toBe(1);
    await page.addScriptTag({ content: RESIZER_SCRIPT });
    expect(await frameFitsContent(page.locator('#frame'))).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the script snippet draws on another site's page, its feed and views downloaded once, from the preloads", async () => {
    asked.length = 0;
    const { page, errors } = await openPage(browser, `${hostOrigin}/script.html`, {
      viewport: { width: 360, height: 640 },
    });
    // A preload the element does not take is a warning: it would download twice.
    const warnings: string[] = [];
    page.on('console', (m) => (m.type() === 'warning' ? warnings.push(m.text()) : undefined));
    await widgetsRendered(page);
    expect(await page.locator('prim-footfall svg[part~="chart"]').count()).toBe(1);
    const times = (file: string) => asked.filter((p) => p === `${FOLDER}feeds/${file}`).length;
    expect(times('prim.feed.json')).toBe(1);
    expect(times('prim.views.footfall-none.json')).toBe(1);
    // Asked for with the page, not once the widgets' script has arrived and run.
    const first = (file: string) => asked.indexOf(`${FOLDER}${file}`);
    expect(first('feeds/prim.feed.json')).toBeLessThan(first('widgets.js'));
    expect(first('feeds/prim.views.footfall-none.json')).toBeLessThan(first('widgets.js'));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    await page.context().close();
  });
});
