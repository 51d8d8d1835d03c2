import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGETS } from '../src/embed/widget-catalog.js';
import { cspViolations, launch, openPage, url, widgetsRendered } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Every page is opened with its CSP violations logged as console errors (openPage), and the
// tests that open it expect none: the dashboard's pages in French and Arabic in
// dashboard.e2e.test.ts, the host pages at two widths in pages.e2e.test.ts. This file opens
// the rest, and the dashboard in states those files do not.
const PAGES = [
  'index.html#/overview?as-of=2022-12-31&lang=ar',
  'index.html#/region?region=oriental&lang=ar',
  ...WIDGETS.map((w) => `builder.html#/builder?widget=${w.tag}`),
  ...WIDGETS.map((w) => `embed.html?widget=${w.tag}&lang=ar`),
  'report.html#/overview',
];

/** Pages whose policy is read: the ones above and those the other files open. */
const SERVED = [
  'index.html',
  'builder.html',
  'embed.html',
  'report.html',
  'hosts/article-fr.html',
  'hosts/article-ar.html',
  'hosts/commune.html',
];

/** The policy a page's meta tag declares, directive by directive. */
async function policyOf(path: string): Promise<Map<string, string>> {
  const html = await (await fetch(url(path.replace(/[#?].*$/, '')))).text();
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );
}

describe('strict Content-Security-Policy', () => {
  it('every page declares style-src and script-src without inline or eval', async () => {
    for (const path of SERVED) {
      const policy = await policyOf(path);
      expect(policy.get('script-src'), path).toBe("'self'");
      expect(policy.get('style-src'), path).toBe("'self'");
      expect([...policy.values()].join(' '), path).not.toMatch(/unsafe-(inline|eval)/);
    }
  });

  for (const path of PAGES) {
    it(`${path} renders under it without a single violation`, async () => {
      const { page, errors } = await openPage(browser, path);
      if (path.startsWith('index.html')) await page.locator('main[data-page]').waitFor();
      if (path.startsWith('report.html')) await page.locator('#report[data-ready]').waitFor();
      await widgetsRendered(page, 0);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the policy is enforced and watched: a style attribute is reported', async () => {
    const { page } = await openPage(browser, 'index.html');
    await page.locator('main[data-page]').waitFor();
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    // The report comes in a later task: waited for in the page, not polled for a second.
    await page.waitForFunction(
      () => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0,
    );
    const violations = await cspViolations(page);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^style-src-attr/);
    await page.context().close();
  });
});
