/** Opening a page of the built embed bundle in Chromium, and reading what its elements show. */
import type { Browser, Page } from 'playwright-core';

export interface Visit {
  readonly page: Page;
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  readonly warnings: string[];
  /** The path of every request the page made. */
  readonly requests: string[];
  /** Content-Security-Policy violations reported in the page. */
  readonly violations: () => Promise<string[]>;
}

/**
 * Opens `url`, recording console messages, requests and CSP violations from the start, and
 * waits until every element of `tags` has rendered text and none is still loading.
 */
export async function visit(
  browser: Browser,
  url: string,
  tags: readonly string[],
): Promise<Visit> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  // Injected by the browser before any page script, so it is not subject to the page's CSP.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(url);
  await page.waitForFunction(
    (all) =>
      all.every((tag) => {
        const text = document.querySelector(tag)?.shadowRoot?.textContent ?? '';
        return text.trim().length > 0 && !/Chargement|Loading|جارٍ/.test(text);
      }),
    tags,
    { timeout: 20_000 },
  );
  return {
    page,
    errors,
    warnings,
    requests,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** The text of each element's shadow root, by tag (or selector), spaces collapsed. */
export function shadowTexts(page: Page, tags: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate(
    (all) =>
      Object.fromEntries(
        all.map((tag) => [
          tag,
          (document.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ]),
      ),
    tags,
  );
}
