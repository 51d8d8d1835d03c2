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

export const RENDER_LIBS = ['prim', 'chartjs', 'plot'] as const satisfies readonly CompareName[];
export const RENDER_COUNTS = [1, 20, 100] as const;
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

/** Runs in the page: loads one bundle, then times `n` charts on demand. */
const pageScript = `
const { draw } = await import('/lib.js');
const input = await (await fetch('/input.json')).json();
const frame = () => new Promise((r) => requestAnimationFrame(r));
window.__time = async (n) => {
  const root = document.getElementById('root');
  const start = performance.now();
  const drawn = [];
  for (let i = 0; i < n; i++) {
    const box = document.createElement('div');
    box.style.width = '480px';
    root.append(box);
    drawn.push(draw(box, input));
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

export type RenderTimes = Record<(typeof RENDER_LIBS)[number], Record<number, number[]>>;

export async function measureRender(bundles: Bundles, input: BarInput): Promise<RenderTimes> {
  const browser = await launchChromium();
  const times = {} as RenderTimes;
  try {
    for (const lib of RENDER_LIBS) {
      const server = await serveFiles({
        '/': ['text/html', page],
        '/page.js': ['text/javascript', pageScript],
        '/lib.js': ['text/javascript', bundles[lib]],
        '/input.json': ['application/json', JSON.stringify(input)],
      });
      times[lib] = {};
      try {
        for (const n of RENDER_COUNTS) {
          times[lib][n] = [];
          // Runs alternate with nothing else in the browser: one fresh page each.
          for (let run = 0; run < RENDER_RUNS; run++) {
            const tab = await browser.newPage({ viewport: { width: 1024, height: 768 } });
            await tab.goto(server.base);
            await tab.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
            const t = await tab.evaluate(
              (count) =>
                (window as unknown as { __time: (n: number) => Promise<number> }).__time(count),
              n,
            );
            times[lib][n].push(t);
            await tab.close();
          }
          console.log(`render ${lib} ×${n}: ${ms(median(times[lib][n]))}`);
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
  const rows = RENDER_COUNTS.map((n) => {
    const prim = median(times.prim[n]!);
    return [
      String(n),
      ...RENDER_LIBS.map((lib) => ms(median(times[lib][n]!))),
      ...RENDER_LIBS.filter((lib) => lib !== 'prim').map(
        (lib) => `${(prim / median(times[lib][n]!)).toFixed(2)}×`,
      ),
    ];
  });
  return table(
    [
      'charts on the page',
      ...RENDER_LIBS.map((lib) => `${COMPARE[lib].label} (median)`),
      ...RENDER_LIBS.filter((lib) => lib !== 'prim').map((lib) => `prim ÷ ${lib}`),
    ],
    rows,
  );
}
