/**
 * Load on the built embed bundle in a real Chromium: 200 widgets on one page all render
 * from one download of the feed, and 1,000 mount/unmount cycles leave the JavaScript heap
 * where it was (after garbage collection), so a long-lived page that swaps widgets — a
 * dashboard, a single-page site — does not leak.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, serve, sharedChromium, type TestServer } from './chromium-server.js';
import { embedFiles } from './embed-bundle.js';

const feedText = readFileSync(
  new URL('../../indicators/feeds/prim.feed.json', import.meta.url),
  'utf8',
);
const TAGS = ['prim-indicator', 'prim-progress', 'prim-parity', 'prim-table'] as const;

/** 200 widgets, the four kinds in turn, all reading the same URL. */
const crowded = Array.from({ length: 200 }, (_, i) => {
  const tag = TAGS[i % TAGS.length]!;
  const ind =
    tag === 'prim-parity' || tag === 'prim-progress' ? '' : ' indicator="fund-completion"';
  return `<${tag} src="/feed.json"${ind}></${tag}>`;
}).join('\n');

const page = (body: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>stress</title>
<script type="module" src="/prim-widgets.js"></script></head><body>${body}</body></html>`;

let server: TestServer;
let browser: Browser;
let feedRequests = 0;

beforeAll(async () => {
  const scripts = embedFiles();
  server = await serve((_req, res, path) => {
    if (path === '/') return send(res, 'text/html', page(crowded));
    if (path === '/empty.html') return send(res, 'text/html', page(''));
    const script = scripts[path];
    if (script) return send(res, ...script);
    if (path === '/feed.json') {
      feedRequests++;
      return send(res, 'application/json', feedText);
    }
    send(res, 'text/plain', 'not found', 404);
  });
  // The shared browser runs with --expose-gc: the memory check collects garbage first.
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('prim-widgets.js under load', () => {
  it('renders 200 widgets on one page from one download of the feed', async () => {
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    feedRequests = 0;
    await p.goto(server.base);
    await p.waitForFunction(
      (tags) => {
        const els = [...document.querySelectorAll(tags.join(','))];
        return (
          els.length === 200 &&
          els.every((el) => {
            const text = el.shadowRoot?.textContent ?? '';
            return text.trim() !== '' && !text.includes('Chargement');
          })
        );
      },
      TAGS,
      { timeout: 120_000, polling: 500 },
    );
    const broken = await p.evaluate(
      (tags) =>
        [...document.querySelectorAll(tags.join(','))].filter((el) =>
          el.shadowRoot?.querySelector('[part="error"]'),
        ).length,
      TAGS,
    );
    expect(broken).toBe(0);
    expect(feedRequests).toBe(1);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('does not grow the heap over 1,000 mount/unmount cycles', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.base}/empty.html`);
    await p.waitForFunction(() => customElements.get('prim-indicator') !== undefined);
    // The feed in hand once (no network in the loop); each element validates and computes
    // it. Without the synthetic footfall rows, so that a thousand cycles stay quick.
    await p.evaluate((text) => {
      const w = window as unknown as { feed: { observations: { indicator: string }[] } };
      w.feed = JSON.parse(text);
      w.feed.observations = w.feed.observations.filter((o) => o.indicator !== 'baom-footfall');
    }, feedText);
    const cdp = await p.context().newCDPSession(p);

    /** Mounts and unmounts `n` widgets, ten at a time, each waited for until rendered. */
    const cycles = (n: number) =>
      p.evaluate(async (count) => {
        const w = window as unknown as { feed: unknown };
        for (let done = 0; done < count; done += 10) {
          const batch = Array.from({ length: 10 }, (_, i) => {
            const tag = ['prim-indicator', 'prim-progress', 'prim-parity', 'prim-table'][i % 4]!;
            const el = document.createElement(tag) as HTMLElement & {
              feed: unknown;
              updateComplete: Promise<unknown>;
            };
            if (tag === 'prim-indicator' || tag === 'prim-table') {
              el.setAttribute('indicator', 'fund-completion');
            }
            el.feed = w.feed;
            document.body.append(el);
            return el;
          });
          for (const el of batch) {
            while (!el.shadowRoot?.querySelector('[part="footer"], [part="error"]')) {
              await el.updateComplete;
              await new Promise((r) => requestAnimationFrame(r));
            }
          }
          for (const el of batch) el.remove();
        }
      }, n);

    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };

    // Warm up: compiled code, template caches and formatters reach their steady size first.
    await cycles(100);
    const before = await heap();
    await cycles(1_000);
    const after = await heap();
    expect(await p.evaluate(() => document.body.children.length)).toBe(0);
    // Generous: a leak of one widget per cycle (its shadow tree alone is tens of KB) would
    // add tens of megabytes; steady state moves by well under a few megabytes.
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
    await p.close();
  });
});
