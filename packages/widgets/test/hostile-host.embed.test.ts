/**
 * A hostile host page, as a communal site's theme can be: a global reset that unsets every
 * property of every element, shouting inherited text styles, `direction: rtl` on the body,
 * and the strictest Content-Security-Policy. The built embed bundle still renders every
 * element, keeps its frame and chart, and follows the language it is given, not the page's
 * direction.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, serve, sharedChromium, type TestServer } from './chromium-server.js';
import { embedFiles } from './embed-bundle.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

/** What a careless or aggressive theme does to every element it can reach. */
const HOSTILE_CSS = `
* { all: unset; box-sizing: content-box !important; }
html, body { display: block; }
body { direction: rtl; font: 900 28px/0.8 serif; letter-spacing: 0.3em;
  text-transform: uppercase; color: #f0f; text-align: justify; word-spacing: 2em; }
div, p, span, svg, table { margin: 40px !important; padding: 20px !important; }
svg { display: none; }
.column { display: block; width: 480px; }
`;

const feedText = readFileSync(
  new URL('../../indicators/feeds/prim.feed.json', import.meta.url),
  'utf8',
);

const ELEMENTS = [
  ['indicator', '<prim-indicator id="indicator" src="/feed.json" indicator="fund-completion">'],
  ['progress', '<prim-progress id="progress" src="/feed.json">'],
  ['parity', '<prim-parity id="parity" src="/feed.json">'],
  ['footfall', '<prim-footfall id="footfall" src="/feed.json">'],
  ['arabic', '<prim-indicator id="arabic" lang="ar" src="/feed.json" indicator="fund-completion">'],
  ['table', '<prim-table id="table" src="/feed.json" indicator="participants">'],
] as const;

const page = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>hostile</title>
<link rel="stylesheet" href="/host.css">
<script type="module" src="/prim-widgets.js"></script></head>
<body><div class="column">
${ELEMENTS.map(([, open]) => `${open}</${open.slice(1, open.indexOf(' '))}>`).join('\n')}
</div></body></html>`;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const files: Record<string, [string, string]> = {
    '/': ['text/html', page],
    '/host.css': ['text/css', HOSTILE_CSS],
    ...embedFiles(),
    '/feed.json': ['application/json', feedText],
  };
  server = await serve((_req, res, path) => {
    const file = files[path];
    if (!file) return send(res, 'text/plain', 'not found', 404);
    send(res, file[0], file[1], 200, { 'Content-Security-Policy': CSP });
  });
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A computed style of the first match of `selector` in element `id`'s shadow root. */
const styleIn = (p: Page, id: string, selector: string, prop: string) =>
  p.evaluate(
    ([i, s, name]) => {
      const node = document.getElementById(i!)?.shadowRoot?.querySelector(s!);
      return node ? getComputedStyle(node).getPropertyValue(name!) : null;
    },
    [id, selector, prop] as const,
  );

describe('prim-widgets.js on a hostile host page', () => {
  it('renders every element with its own frame, chart and direction', async () => {
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    p.on('pageerror', (e) => errors.push(e.message));
    await p.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await p.goto(server.base);
    // The host's stylesheet did load and apply (or this test would prove nothing).
    expect(await p.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await p.waitForFunction(
      (ids) =>
        ids.every((id) => {
          const text = document.getElementById(id)?.shadowRoot?.textContent ?? '';
          return /\S/.test(text) && !/Chargement|جارٍ/.test(text);
        }),
      ELEMENTS.map(([id]) => id),
      { timeout: 30_000 },
    );

    for (const [id] of ELEMENTS) {
      const frame = '[part="base"]';
      expect(
        await p.evaluate(
          (i) => !!document.getElementById(i)?.shadowRoot?.querySelector('[part="error"]'),
          id,
        ),
        id,
      ).toBe(false);
      // The widget's own styles win inside its shadow root.
      expect(await styleIn(p, id, frame, 'border-top-style'), id).toBe('solid');
      expect(await styleIn(p, id, frame, 'text-transform'), id).toBe('none');
      expect(await styleIn(p, id, frame, 'direction'), id).toBe(id === 'arabic' ? 'rtl' : 'ltr');
      // Still a sensible size inside a 480 px column: not collapsed, not overflowing.
      const box = await p.evaluate((i) => {
        const r = document.getElementById(i)!.getBoundingClientRect();
        return { width: r.width, height: r.height };
      }, id);
      expect(box.width, id).toBeGreaterThan(200);
      expect(box.width, id).toBeLessThanOrEqual(480);
      expect(box.height, id).toBeGreaterThan(40);
    }
    // The table's styles, adopted with its code, win too: it scrolls inside its region.
    expect(await styleIn(p, 'table', '.table-scroll', 'overflow-x')).toBe('auto');
    expect(await styleIn(p, 'table', 'table', 'border-collapse')).toBe('collapse');
    // Charts are drawn and visible: the host's `svg { display: none }` does not reach them.
    for (const id of ['progress', 'parity', 'footfall']) {
      const size = await p.evaluate((i) => {
        const svg = document.getElementById(i)?.shadowRoot?.querySelector('svg[part~="chart"]');
        const r = svg?.getBoundingClientRect();
        return r ? r.width * r.height : 0;
      }, id);
      expect(size, id).toBeGreaterThan(1000);
    }
    expect(
      await p.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await p.close();
  });
});
