/**
 * First chart: from navigation start to a drawn chart, as a reader meets an embed. A fresh
 * browser context per run (nothing cached), one page per run, the widgets' embed bundle
 * loading the feed that `pnpm build` publishes (with its views and their parts), beside the same page drawn
 * by Chart.js from the 40 monthly totals as JSON. The clock is the page's own
 * (`performance.now()`, zero at navigation start); it stops when every chart of the page is
 * in the DOM and two animation frames have passed. Before (an earlier commit's bundle, built
 * the same way) and after alternate run by run, so that load on the machine hits both alike.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { publishedViewsFiles, publishFeedBytes } from '@prim/indicators';
import { firstDownloads } from '../../apps/dashboard/src/builder/first-downloads.js';
import { preloadLinks } from '../../apps/dashboard/src/builder/snippets.js';
import { widgetSpec } from '../../apps/dashboard/src/embed/widget-catalog.js';
import type { BuiltFile } from '../../packages/widgets/scripts/build-in-memory.js';
import { buildInMemory } from '../../packages/widgets/scripts/build-in-memory.js';
import type { BarInput } from '../compare/bar-input.js';
import { buildBeforeBundle } from './before-bundle.js';
import { launchChromium } from './chromium.js';
import { median, ms, table } from './markdown.js';
import { FEED_PATH } from './render.js';
import { serveFiles, type Files } from './static-server.js';

/** The elements timed, with their attributes. */
export const FIRST_CHART_ELEMENTS: ReadonlyArray<{
  readonly tag: string;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
}> = [
  { tag: 'prim-footfall', attributes: [['by', 'none']] },
  { tag: 'prim-indicator', attributes: [['indicator', 'fund-completion']] },
  { tag: 'prim-parity', attributes: [] },
];

const FEED = '/feeds/prim.feed.json';

/** Chart.js's page preloads its library and its totals, as the builder's snippet does. */
const CHARTJS_HINTS = `<link rel="modulepreload" href="/chartjs.js">\n${preloadLinks(['/bars.json'])}`;

/**
 * An element's page body as the embed builder's script snippet writes it: the hints that
 * preload what the element downloads first, then the element, `n` times (the script is in
 * the head). Chart.js's page has the same hints, as a careful author writes them by hand
 * (`CHARTJS_HINTS`).
 */
function snippetBody(el: (typeof FIRST_CHART_ELEMENTS)[number], n: number): string {
  const spec = widgetSpec(el.tag);
  if (!spec) throw new Error(`${el.tag} is not in the embed builder's catalog`);
  // The builder writes absolute URLs; the bench's pages and files are on one server.
  const preload = firstDownloads(spec, el.attributes, `http://bench.invalid${FEED}`);
  const attrs = el.attributes.map(([k, v]) => ` ${k}="${v}"`).join('');
  const element = `<${el.tag} src="${FEED}"${attrs}></${el.tag}>`;
  return preloadLinks(preload.map((url) => new URL(url).pathname)) + element.repeat(n);
}

/**
 * A phone on a mobile network, as Lighthouse's default mobile profile ("slow 4G": 150 ms of
 * round trip, 1.6 Mbit/s down, 750 kbit/s up, with the CPU 4× slower). Chromium's network
 * emulation delays each request rather than each packet, so this is Lighthouse's form of the
 * profile for that kind of throttling: the latency × 3.75 and the throughputs × 0.9.
 */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8,
} as const;

interface FirstChartRow {
  readonly id: string;
  readonly n: number;
  readonly slowdown: number;
  readonly network?: typeof SLOW_4G;
  readonly label: string;
}

export const FIRST_CHART_ROWS: readonly FirstChartRow[] = [
  { id: '1', n: 1, slowdown: 1, label: '1 chart' },
  { id: '1-slow', n: 1, slowdown: 4, label: '1 chart, CPU 4× slower' },
  {
    id: '1-phone',
    n: 1,
    slowdown: 4,
    network: SLOW_4G,
    label: '1 chart, CPU 4× slower and slow 4G',
  },
  { id: '100', n: 100, slowdown: 1, label: '100 charts on one page' },
];

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * In every page: stops the clock once every chart is drawn and two frames have passed, and
 * resolves `window.__whenDrawn` with that time. Both kinds of page notice "drawn" within the
 * task that drew: Chart.js's page calls `__chartsDrawn` after drawing; an element is watched
 * as its shadow DOM changes and as each update completes (polling once a frame would notice
 * it up to a frame late, and only ours).
 */
const probe = `
const { tag, n } = document.body.dataset;
const drawn = (el) => {
  const root = el.shadowRoot;
  return !!root && !!root.querySelector('svg[part~="chart"]') && !el.isUpdatePending;
};
let finished = false;
let drawnAt;
window.__whenDrawn = new Promise((resolve) => (drawnAt = resolve));
const done = () => {
  finished = true;
  requestAnimationFrame(() => requestAnimationFrame(() => drawnAt(performance.now())));
};
if (tag === 'canvas') window.__chartsDrawn = done;
else {
  const els = [...document.querySelectorAll(tag)];
  const test = () => {
    if (!finished && els.length === Number(n) && els.every(drawn)) done();
  };
  const follow = (el) => {
    // Each completed update, until drawn: an update may draw nothing new in the DOM.
    const next = () => el.updateComplete.then(() => (test(), finished || requestAnimationFrame(next)));
    new MutationObserver(test).observe(el.shadowRoot, { childList: true, subtree: true });
    next();
  };
  customElements.whenDefined(tag).then(() => els.forEach(follow));
}
`;

/**
 * Chart.js: loads the library and fetches the 40 totals side by side (both preloaded by the
 * page's hints), then draws `n` bar charts.
 */
const chartjsPage = `
const [{ draw }, bars] = await Promise.all([
  import('/chartjs.js'),
  fetch('/bars.json').then((response) => response.json()),
]);
const root = document.getElementById('root');
for (let i = 0; i < Number(document.body.dataset.n); i++) {
  const box = document.createElement('div');
  box.style.width = '480px';
  root.append(box);
  draw(box, { feed: null, bars });
}
window.__chartsDrawn();
`;

const html = (tag: string, n: number, scripts: string[], body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>first chart</title>
<script type="module" src="/probe.js"></script>
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head><body data-tag="${tag}" data-n="${n}"><div id="root" style="width:480px">${body}</div></body></html>`;

type Case = 'before' | 'after' | 'chartjs';
export type FirstChartTimes = Record<string, Record<string, Partial<Record<Case, number[]>>>>;

function bundleFiles(prefix: string, built: BuiltFile): Files {
  return {
    [`${prefix}/prim-widgets.js`]: ['text/javascript', built.code],
    ...Object.fromEntries(
      Object.entries(built.lazy).map(([name, code]) => [
        `${prefix}/${name}`,
        ['text/javascript', code] as const,
      ]),
    ),
  };
}

/**
 * Times every element and row; `before` is an earlier commit (undefined: no before column).
 * `chartjs` is the Chart.js bar-chart bundle (bench/compare/chartjs.ts).
 */
export async function measureFirstChart(
  chartjs: string,
  input: BarInput,
  before: string | undefined,
): Promise<FirstChartTimes> {
  const feedText = readFileSync(FEED_PATH, 'utf8');
  const published = await publishFeedBytes(new TextEncoder().encode(feedText));
  if (!published.ok) throw new Error('the PRIM feed does not publish');
  const builds: Partial<Record<Case, BuiltFile>> = { after: await buildInMemory() };
  if (before) builds.before = await buildBeforeBundle(before);
  const files: Record<string, readonly [string, string]> = {
    '/probe.js': ['text/javascript', probe],
    '/chartjs.js': ['text/javascript', chartjs],
    '/chartjs-page.js': ['text/javascript', chartjsPage],
    '/bars.json': ['application/json', JSON.stringify(input.bars)],
    // What `pnpm build` publishes (apps/dashboard/src/build/feeds-plugin.ts), same bytes:
    // the feed, its views and their parts.
    [FEED]: ['application/json', feedText],
    ...Object.fromEntries(
      Object.entries(publishedViewsFiles('prim.feed.json', published.views)).map(([name, text]) => [
        `/feeds/${name}`,
        ['application/json', text] as const,
      ]),
    ),
  };
  for (const [name, built] of Object.entries(builds))
    Object.assign(files, bundleFiles(`/${name}`, built));
  for (const row of FIRST_CHART_ROWS) {
    files[`/chartjs-${row.n}.html`] = [
      'text/html',
      html('canvas', row.n, ['/chartjs-page.js'], CHARTJS_HINTS),
    ];
    for (const el of FIRST_CHART_ELEMENTS) {
      for (const name of Object.keys(builds)) {
        files[`/${name}/${el.tag}-${row.n}.html`] = [
          'text/html',
          html(el.tag, row.n, [`/${name}/prim-widgets.js`], snippetBody(el, row.n)),
        ];
      }
    }
  }
  const server = await serveFiles(files);
  const browser = await launchChromium();
  const times: FirstChartTimes = {};
  const time = async (path: string, { slowdown, network }: FirstChartRow): Promise<number> => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    // At "load": the probe has run (a module script of the page's head).
    await page.goto(`${server.base}${path}`);
    // The wait is one promise the probe resolves, awaited over CDP in the page's own world.
    // Playwright's page.waitForFunction first evaluates its injected script in the page
    // (10–30 ms of main-thread script, more throttled), then runs its test every frame: work
    // of the harness, on the page's main thread while the clock runs (the load event comes
    // before the chart in both kinds of page), landing wherever that thread is free.
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: 'window.__whenDrawn',
      awaitPromise: true,
      returnByValue: true,
    });
    await context.close();
    if (exceptionDetails || typeof result.value !== 'number') {
      throw new Error(
        `${path}: the page never said it was drawn (${exceptionDetails?.text ?? ''})`,
      );
    }
    return result.value;
  };
  try {
    for (const el of FIRST_CHART_ELEMENTS) {
      const byRow: Record<string, Partial<Record<Case, number[]>>> = (times[el.tag] = {});
      for (const row of FIRST_CHART_ROWS) {
        const cell: Partial<Record<Case, number[]>> = (byRow[row.id] = {});
        const cases: Case[] = [...(Object.keys(builds) as Case[]), 'chartjs'];
        for (let run = 0; run < RUNS; run++) {
          // Alternating: one run of each case, then the next round.
          for (const c of cases) {
            const path =
              c === 'chartjs' ? `/chartjs-${row.n}.html` : `/${c}/${el.tag}-${row.n}.html`;
            (cell[c] ??= []).push(await time(path, row));
          }
        }
        console.log(
          `first chart ${el.tag} ${row.label}: ${cases.map((c) => `${c} ${ms(median(cell[c] ?? []))}`).join(', ')}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

export function firstChartTable(times: FirstChartTimes, before: string | undefined): string {
  const rows: string[][] = [];
  for (const el of FIRST_CHART_ELEMENTS) {
    for (const row of FIRST_CHART_ROWS) {
      const cell = times[el.tag]?.[row.id] ?? {};
      const m = (c: Case) => median(cell[c] ?? []);
      const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
      rows.push([
        `\`<${el.tag}>\``,
        row.label,
        ...(before ? [ms(m('before'))] : []),
        ms(m('after')),
        ms(m('chartjs')),
        ...(before ? [ratio(m('before'), m('chartjs'))] : []),
        ratio(m('after'), m('chartjs')),
        ...(before ? [ratio(m('after'), m('before'))] : []),
      ]);
    }
  }
  return table(
    [
      'element',
      'page',
      ...(before ? [`before (${before})`] : []),
      'after',
      'Chart.js',
      ...(before ? ['before ÷ Chart.js'] : []),
      'after ÷ Chart.js',
      ...(before ? ['after ÷ before'] : []),
    ],
    rows,
  );
}

/** The commit measured as "after": HEAD, marked when the tree has uncommitted changes. */
export function treeName(): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const head = git('rev-parse', '--short', 'HEAD');
  return git('status', '--porcelain').length > 0 ? `${head} with uncommitted changes` : head;
}

/** The "First chart" section of docs/benchmarks.md, from one run. */
export function firstChartSection(
  times: FirstChartTimes,
  before: string | undefined,
  after: string,
): string {
  return `## First chart

From navigation start to drawn charts, as a reader meets an embed: a fresh browser
context per run (nothing cached), one page per run, \`prim-widgets.js\` and the elements
reading \`/feeds/prim.feed.json\` with the published views that \`pnpm build\` writes beside
it (\`prim.views.json\` and its parts \`prim.views.PART.json\`;
apps/dashboard/src/build/feeds-plugin.ts, the same bytes), each page as the embed builder's
script snippet writes it (preload hints for the feed and the views part the element reads
first), against the same page drawing the 40 monthly totals with Chart.js (the library and
the totals as JSON preloaded the same way and fetched side by side, canvas, no
animation). The clock
is the page's \`performance.now()\` (zero at navigation start); it stops when every chart
is in the DOM and two animation frames have passed. The harness runs nothing in the page
meanwhile: it awaits one promise the page resolves, over CDP. ${
    before
      ? `Before: the bundle of ${before}, built from that commit's sources with today's build configuration. `
      : ''
  }After: ${after}. The cases alternate run by run; medians of ${RUNS} runs. CPU 4× slower:
Chromium's \`Emulation.setCPUThrottlingRate\`, roughly a low-end phone. Slow 4G: Lighthouse's
default mobile network (150 ms round trip, 1.6 Mbit/s down), emulated per request by Chromium
as Lighthouse does (562.5 ms of latency a request, 1.44 Mbit/s). Served from node:http on
127.0.0.1, brotli-compressed as a web server would (bench/src/first-chart.ts,
bench/src/static-server.ts); \`pnpm bench:first-chart\` runs this section alone.

${firstChartTable(times, before)}`;
}
