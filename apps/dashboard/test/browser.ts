/** Debian's Chromium driven by playwright-core, with the console watched for errors. */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Frame, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';

/** The run's one Chromium (see test/chromium-global-setup.ts). */
export { sharedChromium as launch } from '../../../test/shared-chromium.js';

export const SCREENSHOTS = fileURLToPath(
  new URL('../../../artifacts/screenshots/', import.meta.url),
);

export function url(path: string): string {
  return new URL(path, inject('baseUrl')).href;
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, uncaught exceptions and failed requests, as text. */
  readonly errors: string[];
}

export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(recordCspViolations);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  page.on('requestfailed', (req) =>
    errors.push(`request: ${req.url()} ${req.failure()?.errorText}`),
  );
  await page.goto(url(path));
  return { page, errors };
}

/**
 * Runs in the page before its own scripts: every Content-Security-Policy violation (a style
 * attribute under `style-src 'self'`, say) is kept in `window.cspViolations` and logged as a
 * console error, so every test that expects no console errors also expects none.
 */
function recordCspViolations(): void {
  const seen: string[] = [];
  Object.assign(window, { cspViolations: seen });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const text = `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample}`;
      seen.push(text);
      console.error(`CSP violation: ${text}`);
    },
    true,
  );
}

/** The CSP violations the page has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** Text of an element with whitespace collapsed, for comparisons. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const text = await page.locator(selector).first().innerText();
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Waits until every prim-* element on the page (at least `min`) has rendered something in
 * its shadow root and none is still loading; returns how many there are.
 */
export async function widgetsRendered(page: Page | Frame, min = 1): Promise<number> {
  await page.waitForFunction((least) => {
    const widgets = [...document.querySelectorAll('*')].filter((e) =>
      e.localName.startsWith('prim-'),
    );
    return (
      widgets.length >= least &&
      widgets.every((w) => {
        const text = w.shadowRoot?.textContent ?? '';
        return text.trim() !== '' && !w.shadowRoot?.querySelector('[role="status"].loading');
      })
    );
  }, min);
  return page.evaluate(
    () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('prim-')).length,
  );
}

/**
 * The 'a / b' ratios on the page, in shadow roots and SVG text too, whose first number is
 * drawn to the right of the second. In a right-to-left line a spaced slash lets the two
 * numbers swap ('0 / 2' read as '2 / 0') unless the pair is isolated.
 */
export function reversedRatios(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reversed: string[] = [];
    const roots: Node[] = [document.body];
    for (let root = roots.pop(); root; root = roots.pop()) {
      const walker = document.createTreeWalker(
        root,
        NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
      );
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node instanceof Element) {
          if (node.shadowRoot) roots.push(node.shadowRoot);
          continue;
        }
        const text = node as Text;
        const m = /\d[\d.,\u202f\u00a0]*\s\/\s\d/.exec(text.data);
        const parent = text.parentElement;
        if (!m || !parent) continue;
        const first = m.index;
        const second = m.index + m[0].length - 1;
        let x: number[];
        if (parent instanceof SVGTextContentElement) {
          x = [first, second].map((i) => parent.getStartPositionOfChar(i).x);
        } else {
          x = [first, second].map((i) => {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return range.getBoundingClientRect().left;
          });
        }
        if ((x[0] ?? 0) > (x[1] ?? 0)) reversed.push(text.data.trim());
      }
    }
    return reversed;
  });
}

/**
 * Waits until the widget in an iframe has drawn and the iframe is as tall as the document it
 * shows (the host page resized it from the height embed.html reported); returns that height.
 */
export async function frameFitsContent(iframe: Locator): Promise<number> {
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  if (!handle || !frame) throw new Error('not an iframe with a document');
  await widgetsRendered(frame).catch(async (error: unknown) => {
    const state = await frame.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('prim-'))
        .map((e) => `${e.localName}: ${e.shadowRoot?.innerHTML.slice(0, 300) ?? 'no shadow root'}`)
        .join('\n'),
    );
    throw new Error(`${frame.url()} did not draw:\n${state}`, { cause: error });
  });
  const contentHeight = () =>
    frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  // The content can still change after its first draw (a style or chunk that arrives late);
  // the frame must end as tall as the content is then, so compare with its current height.
  for (let attempt = 1; ; attempt++) {
    const content = await contentHeight();
    const fits = await iframe
      .page()
      .waitForFunction(
        ([element, height]) => Math.abs(element.getBoundingClientRect().height - height) <= 1,
        [handle, content] as const,
        { timeout: 5_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (fits && (await contentHeight()) === content) return content;
    if (attempt === 6) {
      const frameHeight = await handle.evaluate((f) => f.getBoundingClientRect().height);
      throw new Error(
        `the frame never took its content's height (${content} px; the frame is ${frameHeight} px)`,
      );
    }
  }
}
