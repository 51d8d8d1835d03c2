/**
 * The embed bundle under the strictest CSP a communal site could set: no inline script or
 * style, no eval. A real Chromium loads a page with every element; nothing may be refused,
 * nothing may log an error, and markup in feed text must stay text.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedChromium } from '../../../test/shared-chromium.js';
import { embedFiles } from './embed-bundle.js';
import { shadowTexts, visit } from './embed-visit.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
/** What a site that offers the PNG download adds: the chart is drawn from a blob: image. */
const CSP_BLOB_IMAGES = `${CSP}; img-src 'self' blob:`;
/** The elements of `page()` that draw a chart, so offer SVG and PNG downloads. */
const CHARTS = ['prim-indicator', 'prim-progress', 'prim-parity'] as const;
const TAGS = ['prim-indicator', 'prim-progress', 'prim-parity', 'prim-table'] as const;
const PAYLOAD = '<img src=x onerror=window.__pwned=1>';

const feedText = readFileSync(
  new URL('../../indicators/feeds/prim.feed.json', import.meta.url),
  'utf8',
);

/** The built-in feed with an HTML payload in every name and title a widget shows. */
function hostileFeed(): string {
  const feed = JSON.parse(feedText) as {
    indicators: { name: Record<string, string> }[];
    activities?: { name: Record<string, string> }[];
    sources: { title: string }[];
  };
  for (const item of [...feed.indicators, ...(feed.activities ?? [])]) {
    for (const lang of Object.keys(item.name)) item.name[lang] = `${PAYLOAD} ${item.name[lang]}`;
  }
  for (const source of feed.sources) source.title = `${PAYLOAD} ${source.title}`;
  return JSON.stringify(feed);
}

/** A page with every element reading `feed`: markup only, the one script is a file. */
function page(feed: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/prim-widgets.js"></script></head>
<body>
<prim-indicator src="${feed}" indicator="fund-completion"></prim-indicator>
<prim-progress src="${feed}"></prim-progress>
<prim-parity src="${feed}"></prim-parity>
<prim-table src="${feed}" indicator="fund-completion"></prim-table>
</body></html>`;
}

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  const files: Record<string, [string, string]> = {
    '/': ['text/html', page('/feed.json')],
    '/hostile.html': ['text/html', page('/hostile.json')],
    '/downloads.html': ['text/html', page('/feed.json')],
    ...embedFiles(),
    '/feed.json': ['application/json', feedText],
    '/hostile.json': ['application/json', hostileFeed()],
  };
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = files[path];
    res.setHeader('Content-Security-Policy', path === '/downloads.html' ? CSP_BLOB_IMAGES : CSP);
    // The browser asks for a favicon on its own; a 404 would log a console error.
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': `${file[0]}; charset=utf-8` }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A download's bytes, streamed from the browser (it may run on another host: the shared one). */
async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('prim-widgets.js under a strict Content-Security-Policy', () => {
  it('renders every element with no violation and no console error', async () => {
    const { page, errors, violations } = await visit(browser, `${base}/`, TAGS);
    const texts = await shadowTexts(page, TAGS);
    expect(texts['prim-indicator']).toMatch(/projets|Taux/i);
    expect(texts['prim-parity']).toMatch(/%/);
    for (const tag of TAGS) {
      expect(texts[tag], tag).not.toMatch(/erreur|error/i);
      // Styles applied (adoptedStyleSheets, allowed by style-src 'self'): the frame has a border.
      const border = await page.evaluate((t) => {
        const frame = document.querySelector(t)?.shadowRoot?.querySelector('[part="base"]');
        return frame ? getComputedStyle(frame).borderTopStyle : 'none';
      }, tag);
      expect(border, tag).toBe('solid');
    }
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows markup from a hostile feed as text and never runs it', async () => {
    const { page, errors, violations } = await visit(browser, `${base}/hostile.html`, TAGS);
    const texts = await shadowTexts(page, TAGS);
    expect(texts['prim-indicator']).toContain(PAYLOAD);
    expect(texts['prim-parity']).toContain(PAYLOAD);
    const injected = await page.evaluate(
      (tags) =>
        tags.reduce(
          (n, tag) =>
            n + (document.querySelector(tag)?.shadowRoot?.querySelectorAll('img').length ?? 0),
          0,
        ),
      TAGS,
    );
    expect(injected).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves charts as SVG and PNG with no violation (styles are never set as attributes)', async () => {
    const { page, errors, violations } = await visit(browser, `${base}/downloads.html`, TAGS);
    for (const tag of CHARTS) {
      // The buttons are in the folded data table, built when a reader opens it.
      await page.evaluate(
        (t) => document.querySelector(t)?.shadowRoot?.querySelector('summary')?.click(),
        tag,
      );
      await page.waitForFunction(
        (t) => document.querySelector(t)?.shadowRoot?.querySelector('button[part="download"]'),
        tag,
      );
      for (const format of ['svg', 'png'] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 20_000 }),
          page.evaluate(
            ([t, f]) =>
              document
                .querySelector(t)
                ?.shadowRoot?.querySelector<HTMLButtonElement>(
                  `button[part="download"][data-format="${f}"]`,
                )
                ?.click(),
            [tag, format] as const,
          ),
        ]);
        expect(download.suggestedFilename(), `${tag} ${format}`).toMatch(
          new RegExp(`\\.${format}$`),
        );
        const saved = await bytesOf(download);
        if (format === 'svg') {
          // The computed colours are in the file, for editors that ignore stylesheets.
          expect(saved.toString('utf8'), tag).toMatch(/<svg[^>]*xmlns=[\s\S]*style="[^"]*fill:/);
        } else {
          expect([...saved.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), tag).toBe(
            'PNG',
          );
        }
      }
    }
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
