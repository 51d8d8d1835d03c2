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

const DASHBOARD = [
  'overview',
  'overview?as-of=2022-12-31&lang=ar',
  'fund',
  'baom',
  'gender',
  'region?region=souss-massa',
  'region?region=oriental&lang=ar',
  'region?region=souss-massa&commune=ait-amira',
  'compare',
  'quality',
  'sources',
].map((route) => `index.html#/${route}`);

const PAGES = [
  ...DASHBOARD,
  ...WIDGETS.map((w) => `builder.html#/builder?widget=${w.tag}`),
  ...WIDGETS.map((w) => `embed.html?widget=${w.tag}&lang=ar`),
  'report.html#/overview',
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
    for (const path of new Set(PAGES.map((p) => p.replace(/[#?].*$/, '')))) {
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
      await page.waitForLoadState('networkidle');
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the policy is enforced and watched: a style attribute is reported', async () => {
    const { page } = await openPage(browser, 'index.html');
    await page.locator('main[data-page]').waitFor();
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect.poll(() => cspViolations(page)).toHaveLength(1);
    expect((await cspViolations(page))[0]).toMatch(/^style-src-attr/);
    await page.context().close();
  });
});
