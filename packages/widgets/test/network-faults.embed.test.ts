/**
 * The embed bundle against a misbehaving feed server, in a real Chromium: every fault ends
 * in a state a reader understands, and no fault blocks the page or the widgets beside it.
 *
 * | fault                               | clear state                                        |
 * | ----------------------------------- | -------------------------------------------------- |
 * | no answer at all (timeout)          | loading, then 'unreachable (network)' error        |
 * | 404, 500                            | error naming the HTTP status and URL               |
 * | connection cut mid-body             | 'unreachable (network)' error                      |
 * | 200 with half the JSON              | 'invalid feed' error with the JSON path `$`        |
 * | JSON served as text/plain           | renders (static hosts do this)                     |
 * | an HTML page instead of JSON        | 'invalid feed' error                               |
 * | very slow body (seconds)            | loading, then renders                              |
 * | feed republished between two loads  | one version per page load, the new one on reload   |
 * | the table code's chunk lost (404)   | the table's error state, the charts beside it drawn |
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_HEADERS_TIMEOUT_MS } from '../src/data/feed-cache.js';
import { send, serve, sharedChromium, type TestServer } from './chromium-server.js';
import { embedFiles } from './embed-bundle.js';

const feedText = readFileSync(
  new URL('../../indicators/feeds/prim.feed.json', import.meta.url),
  'utf8',
);

/** The feed with a recognisable indicator name, to tell two published versions apart. */
function version(n: number): string {
  const feed = JSON.parse(feedText) as { indicators: { id: string; name: { fr?: string } }[] };
  const ind = feed.indicators.find((i) => i.id === 'fund-completion');
  if (ind) ind.name.fr = `Version ${n} du taux`;
  return JSON.stringify(feed);
}

const FAULTS = {
  ok: '/ok.json',
  hang: '/hang.json',
  notFound: '/missing.json',
  serverError: '/error.json',
  cut: '/cut.json',
  half: '/half.json',
  plain: '/plain.json',
  html: '/html.json',
  slow: '/slow.json',
} as const;

const page = (widgets: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>faults</title>
<script type="module" src="/prim-widgets.js"></script></head>
<body><button id="probe" type="button">probe</button>${widgets}</body></html>`;

const faultPage = page(
  Object.entries(FAULTS)
    .map(
      ([id, src]) =>
        `<prim-indicator id="${id}" src="${src}" indicator="fund-completion"></prim-indicator>`,
    )
    .join('\n'),
);

let server: TestServer;
let browser: Browser;
let scripts: Record<string, [string, string]>;
let changingVersion = 0;
const hanging: ServerResponse[] = [];

beforeAll(async () => {
  scripts = embedFiles();
  server = await serve((_req, res, path) => {
    const script = scripts[path];
    if (script) return send(res, ...script);
    // The bundle again, under /lost/, without the table code's chunk.
    const kept = path.startsWith('/lost/') && !path.includes('render-table');
    const lost = kept ? scripts[path.slice('/lost'.length)] : undefined;
    if (lost) return send(res, ...lost);
    switch (path) {
      case '/':
        return send(res, 'text/html', faultPage);
      case '/changing.html':
        return send(
          res,
          'text/html',
          page(
            '<prim-indicator id="a" src="/changing.json" indicator="fund-completion"></prim-indicator>',
          ),
        );
      case '/lost/table.html':
        return send(
          res,
          'text/html',
          page(
            `<prim-table id="table" src="${FAULTS.ok}" indicator="fund-completion"></prim-table>
<prim-indicator id="chart" src="${FAULTS.ok}" indicator="fund-completion"></prim-indicator>`,
          ).replace('/prim-widgets.js', '/lost/prim-widgets.js'),
        );
      case FAULTS.ok:
        return send(res, 'application/json', feedText);
      case FAULTS.hang:
        // Never answers: the connection stays open until the test ends.
        return void hanging.push(res);
      case FAULTS.notFound:
        return send(res, 'text/plain', 'not found', 404);
      case FAULTS.serverError:
        return send(res, 'text/plain', 'oops', 500);
      case FAULTS.cut: {
        const bytes = Buffer.from(feedText);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
        // Half the body, then the connection drops once that half is on its way.
        res.write(bytes.subarray(0, bytes.length >> 1), () => res.destroy());
        return;
      }
      case FAULTS.half:
        return send(res, 'application/json', feedText.slice(0, feedText.length >> 1));
      case FAULTS.plain:
        return send(res, 'text/plain', feedText);
      case FAULTS.html:
        return send(res, 'text/html', '<!doctype html><title>Page introuvable</title><p>404</p>');
      case FAULTS.slow: {
        // Headers at once, then the body in 10 slices over about 3 seconds.
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const step = Math.ceil(feedText.length / 10);
        let at = 0;
        const timer = setInterval(() => {
          res.write(feedText.slice(at, at + step));
          at += step;
          if (at >= feedText.length) {
            clearInterval(timer);
            res.end();
          }
        }, 300);
        return;
      }
      case '/changing.json':
        return send(res, 'application/json', version(++changingVersion));
      default:
        return send(res, 'text/plain', 'not found', 404);
    }
  });
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const res of hanging) res.destroy();
  await server?.close();
});

const LOADING = 'Chargement';

/** The text of an element's shadow root, spaces collapsed. */
const textOf = (p: Page, id: string): Promise<string> =>
  p.evaluate(
    (i) => (document.getElementById(i)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
    id,
  );

/** Waits until the element shows something other than its loading line. */
async function settled(p: Page, id: string, timeout: number): Promise<string> {
  await p.waitForFunction(
    ([i, loading]) => {
      const text = document.getElementById(i!)?.shadowRoot?.textContent ?? '';
      return text.trim() !== '' && !text.includes(loading!);
    },
    [id, LOADING] as const,
    { timeout },
  );
  return textOf(p, id);
}

const hasAlert = (p: Page, id: string): Promise<boolean> =>
  p.evaluate((i) => !!document.getElementById(i)?.shadowRoot?.querySelector('[role="alert"]'), id);

describe('prim-widgets.js against a faulty feed server', () => {
  it('ends every fault in a clear state without blocking the page', async () => {
    const p = await browser.newPage();
    const pageErrors: string[] = [];
    p.on('pageerror', (e) => pageErrors.push(e.message));
    // The page's timers on a clock the test can move: the feed timeout below is reached by
    // moving the clock, not by waiting for it.
    await p.clock.install();
    await p.goto(server.base);

    // The healthy widget renders while others are still waiting on the network.
    expect(await settled(p, 'ok', 20_000)).toMatch(/Taux|projets/i);
    expect(await textOf(p, 'hang')).toContain(LOADING);
    expect(
      await p.evaluate(
        () =>
          document.getElementById('hang')?.shadowRoot?.querySelector('[role="status"]') !== null,
      ),
    ).toBe(true);
    // The page stays responsive: a click is handled while requests hang.
    await p.evaluate(() => {
      const w = window as unknown as { clicks: number };
      w.clicks = 0;
      document.getElementById('probe')?.addEventListener('click', () => w.clicks++);
    });
    await p.click('#probe');
    expect(await p.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);

    const http404 = await settled(p, 'notFound', 10_000);
    expect(http404).toContain('HTTP 404');
    expect(http404).toContain('/missing.json');
    expect(await settled(p, 'serverError', 10_000)).toContain('HTTP 500');
    expect(await settled(p, 'cut', 10_000)).toMatch(/inaccessible \(réseau\)/);
    const half = await settled(p, 'half', 10_000);
    expect(half).toMatch(/flux de données est invalide/);
    expect(half).toMatch(/JSON/);
    expect(await settled(p, 'plain', 10_000)).toMatch(/Taux|projets/i);
    expect(await settled(p, 'html', 10_000)).toMatch(/flux de données est invalide/);
    expect(await settled(p, 'slow', 20_000)).toMatch(/Taux|projets/i);
    for (const id of ['notFound', 'serverError', 'cut', 'half', 'html']) {
      expect(await hasAlert(p, id), id).toBe(true);
    }
    for (const id of ['ok', 'plain', 'slow']) expect(await hasAlert(p, id), id).toBe(false);

    // A server that never answers is given up on, and said so.
    expect(await textOf(p, 'hang')).toContain(LOADING);
    await p.clock.fastForward(FEED_HEADERS_TIMEOUT_MS);
    const hang = await settled(p, 'hang', 10_000);
    expect(hang).toMatch(/inaccessible \(réseau\)/);
    expect(hang).toContain('/hang.json');
    expect(await hasAlert(p, 'hang')).toBe(true);
    expect(pageErrors).toEqual([]);
    await p.close();
  });

  it('shows one version of a republished feed per page load, and the new one on reload', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.base}/changing.html`);
    const first = await settled(p, 'a', 20_000);
    const shown = /Version (\d+) du taux/.exec(first)?.[1];
    expect(shown).toBeDefined();
    // The feed changes on the server now; a widget added later on the same page reads the
    // same version as its neighbour, so one page never mixes two versions.
    await p.evaluate(() => {
      const b = document.createElement('prim-indicator');
      b.id = 'b';
      b.setAttribute('src', '/changing.json');
      b.setAttribute('indicator', 'fund-completion');
      document.body.append(b);
    });
    expect(await settled(p, 'b', 20_000)).toContain(`Version ${shown} du taux`);
    await p.reload();
    const after = await settled(p, 'a', 20_000);
    expect(after).toContain(`Version ${Number(shown) + 1} du taux`);
    await p.close();
  });

  it('says a table cannot be shown when its code cannot be loaded, and draws the charts beside it', async () => {
    const p = await browser.newPage();
    const pageErrors: string[] = [];
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(`${server.base}/lost/table.html`);
    expect(await settled(p, 'chart', 20_000)).toMatch(/Taux|projets/i);
    expect(await hasAlert(p, 'chart')).toBe(false);
    expect(await settled(p, 'table', 20_000)).toMatch(/ne peuvent pas être affichées/);
    expect(await hasAlert(p, 'table')).toBe(true);
    expect(pageErrors).toEqual([]);
    await p.close();
  });
});
