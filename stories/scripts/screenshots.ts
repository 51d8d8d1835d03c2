/**
 * Screenshots of a few stories from the static build (run `pnpm build-storybook` first):
 * `pnpm --filter @prim/stories screenshots [story-id …]` writes PNGs to stories/screenshots/.
 * Each story is shot in French and in Arabic at phone width, and in French on a desktop.
 */
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const root = here('../storybook-static');
const out = here('../screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const DEFAULT_STORIES = [
  'widgets-prim-indicator--loaded',
  'widgets-prim-indicator--mid-term',
  'widgets-prim-progress--loaded',
  'widgets-prim-parity--loaded',
  'widgets-prim-table--suppressed',
  'widgets-prim-indicator--hostile',
];

const PAGES = [
  { name: 'fr-phone', globals: 'lang:fr;theme:light;viewport:phone', width: 360 },
  { name: 'ar-phone', globals: 'lang:ar;theme:dark;viewport:phone', width: 360 },
  { name: 'fr-desktop', globals: 'lang:fr;theme:light;viewport:desktop', width: 1024 },
];

/** A static file server for the build: 404 for anything outside it. */
function serve(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'iframe.html'))) throw new Error(`no static build in ${root}`);
  mkdirSync(out, { recursive: true });
  const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_STORIES;
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    for (const id of ids) {
      for (const page of PAGES) {
        const tab = await browser.newPage({ viewport: { width: page.width, height: 800 } });
        await tab.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=${page.globals}`);
        // Settled when no widget still shows its loading line (a loading story never does).
        await tab
          .waitForFunction(
            () => {
              const widgets = [...document.querySelectorAll('*')].filter((e) =>
                e.localName.startsWith('prim-'),
              );
              return (
                widgets.length > 0 && widgets.every((w) => !w.shadowRoot?.querySelector('.loading'))
              );
            },
            undefined,
            { timeout: 10_000 },
          )
          .catch(() => undefined);
        await tab.waitForTimeout(300);
        const file = join(out, `${id}.${page.name}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        console.log(file);
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
