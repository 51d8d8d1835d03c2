/**
 * Render: from data in hand to drawn charts, for 1, 20 and 100 charts on a page, with
 * <prim-footfall>, Chart.js and Observable Plot in the same browser run. Each run is a fresh
 * page: the library is loaded and the data parsed before the clock starts; the clock stops
 * when every chart is drawn and two animation frames have passed (layout and paint).
 */
import { readFileSync } from 'node:fs';
import { footfall, parseFeed } from '@prim/indicators';
import type { BarInput } from '../compare/bar-input.js';
import type { Bundles } from './bundles.js';
import { launchChromium } from './chromium.js';
import { COMPARE, type CompareName } from './compare-entries.js';
import { median, ms, table } from './markdown.js';
import { serveFiles } from './static-server.js';

/**
 * What is timed. The prim element twice: every chart given the same feed object (a
 * dashboard, or embeds of one feed URL, which share one loaded feed), and every chart given
 * a feed of its own (nothing shared: each validates and computes alone).
 */
export const RENDER_CASES = [
  { id: 'prim', lib: 'prim', label: `${COMPARE.prim.label}, one shared feed`, ownFeed: false },
  { id: 'prim-own', lib: 'prim', label: `${COMPARE.prim.label}, a feed per chart`, ownFeed: true },
  { id: 'chartjs', lib: 'chartjs', label: COMPARE.chartjs.label, ownFeed: false },
  { id: 'plot', lib: 'plot', label: COMPARE.plot.label, ownFeed: false },
] as const satisfies ReadonlyArray<{
  id: string;
  lib: CompareName;
  label: string;
  ownFeed: boolean;
}>;
type RenderCase = (typeof RENDER_CASES)[number];
const PRIM_CASES = RENDER_CASES.filter((c) => c.lib === 'prim');
const OTHER_CASES = RENDER_CASES.filter((c) => c.lib !== 'prim');
/**
 * The rows of the table: N charts on a page, and one chart on a CPU four times slower
 * (Chromium's own throttling, roughly a low-end phone), where an embed on a commune's site
 * is most often read.
 */
export const RENDER_ROWS = [
  { id: '1', n: 1, slowdown: 1, label: '1' },
  { id: '20', n: 20, slowdown: 1, label: '20' },
  { id: '100', n: 100, slowdown: 1, label: '100' },
  { id: '1-slow', n: 1, slowdown: 4, label: '1, CPU 4× slower' },
] as const;
type RenderRow = (typeof RENDER_ROWS)[number];
export const RENDER_RUNS = Number(process.env.BENCH_RUNS ?? 5);

export const FEED_PATH = new URL('../../packages/indicators/feeds/prim.feed.json', import.meta.url);

/** The PRIM feed and its monthly footfall totals (all communes, profiles and sexes). */
export function barInput(): BarInput {
  const text = readFileSync(FEED_PATH, 'utf8');
  const parsed = parseFeed(text);
  if (!parsed.ok) throw new Error('the PRIM feed does not parse');
  const bars = footfall(parsed.feed).byMonth.map((p) => ({ month: p.period, value: p.value ?? 0 }));
  return { feed: JSON.parse(text) as unknown, bars };
}

/**
 * Runs in the page: loads one bundle, then times `n` charts on demand. With `ownFeed`, each
 * chart gets its own copy of the feed, made before the clock starts.
 */
const pageScript = `
const { draw } = await import('/lib.js');
const input = await (await fetch('/input.json')).json();
const frame = () => new Promise((r) => requestAnimationFrame(r));
window.__time = async (n, ownFeed) => {
  const root = document.getElementById('root');
  const inputs = Array.from({ length: n }, () =>
    ownFeed ? { ...input, feed: structuredClone(input.feed) } : input,
  );
  const start = performance.now();
  const drawn = [];
  for (let i = 0; i < n; i++) {
    const box = document.createElement('div');
    box.style.width = '480px';
    root.append(box);
    drawn.push(draw(box, inputs[i]));
  }
  await Promise.all(drawn);
  await frame();
  await frame();
  return performance.now() - start;
};
window.__ready = true;
`;

const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>render</title>
<script type="module" src="/page.js"></script></head><body><div id="root"></div></body></html>`;

export type RenderTimes = Record<RenderCase['id'], Record<RenderRow['id'], number[]>>;

export async function measureRender(bundles: Bundles, input: BarInput): Promise<RenderTimes> {
  const browser = await launchChromium();
  const times = {} as RenderTimes;
  try {
    for (const c of RENDER_CASES) {
      const server = await serveFiles({
        '/': ['text/html', page],
        '/page.js': ['text/javascript', pageScript],
        '/lib.js': ['text/javascript', bundles[c.lib]],
        '/input.json': ['application/json', JSON.stringify(input)],
      });
      const lib = c.id;
      times[lib] = {} as Record<RenderRow['id'], number[]>;
      try {
        for (const row of RENDER_ROWS) {
          const runs: number[] = (times[lib][row.id] = []);
          // Runs alternate with nothing else in the browser: one fresh page each.
          for (let run = 0; run < RENDER_RUNS; run++) {
            const tab = await browser.newPage({ viewport: { width: 1024, height: 768 } });
            await tab.goto(server.base);
            await tab.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
            if (row.slowdown > 1) {
              const cdp = await tab.context().newCDPSession(tab);
              await cdp.send('Emulation.setCPUThrottlingRate', { rate: row.slowdown });
            }
            const t = await tab.evaluate(
              ([count, ownFeed]) =>
                (
                  window as unknown as { __time: (n: number, own: boolean) => Promise<number> }
                ).__time(count, ownFeed),
              [row.n, c.ownFeed] as const,
            );
            runs.push(t);
            await tab.close();
          }
          console.log(`render ${lib} ${row.label}: ${ms(median(runs))}`);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return times;
}

export function renderTable(times: RenderTimes): string {
  const at = (id: RenderCase['id'], row: RenderRow) => median(times[id][row.id]);
  const rows = RENDER_ROWS.map((row) => [
    row.label,
    ...RENDER_CASES.map((c) => ms(at(c.id, row))),
    ...PRIM_CASES.flatMap((p) =>
      OTHER_CASES.map((o) => `${(at(p.id, row) / at(o.id, row)).toFixed(2)}×`),
    ),
  ]);
  return table(
    [
      'charts on the page',
      ...RENDER_CASES.map((c) => `${c.label} (median)`),
      ...PRIM_CASES.flatMap((p) => OTHER_CASES.map((o) => `${p.id} ÷ ${o.id}`)),
    ],
    rows,
  );
}
