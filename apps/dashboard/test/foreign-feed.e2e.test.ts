/**
 * A shared link can load a feed from any site. The dashboard must then say, on every page
 * and in the printed report, where the figures come from, and no source link from that
 * feed may run script.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot, SCREENSHOTS, url, widgetsRendered } from './browser.js';
import { pdfText } from './pdf-text.js';

const FOREIGN = 'https://donnees.example.org/prim.json';
const feed = JSON.parse(
  readFileSync(
    new URL('../../../packages/indicators/feeds/prim.feed.json', import.meta.url),
    'utf8',
  ),
) as { sources: { url?: string }[] };
feed.sources[0]!.url = 'javascript:alert(document.domain)';
feed.sources[1]!.url = 'mailto:prim@example.org';
const BANNER = {
  fr: 'Données chargées depuis donnees.example.org — non publiées par PRIM',
  ar: 'بيانات محمّلة من donnees.example.org — لم ينشرها برنامج PRIM',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A context where FOREIGN answers with the (tampered) feed, as another site would. */
async function contextWithForeignFeed(width = 1280): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.route(FOREIGN, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify(feed),
    }),
  );
  return context;
}

const bannerText = async (page: Page) =>
  (await page.locator('.foreign-banner').innerText()).replace(/\s+/g, ' ').trim();

describe('a feed from another site', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`names its host on every page (${lang}), and the banner stays`, async () => {
      const context = await contextWithForeignFeed();
      const page = await context.newPage();
      await page.goto(url(`index.html#/overview?lang=${lang}&feed=${encodeURIComponent(FOREIGN)}`));
      await page.locator('.foreign-banner').waitFor();
      for (const p of ['overview', 'fund', 'baom', 'gender', 'quality', 'sources', 'compare']) {
        await page.locator(`nav a[href^="#/${p}"]`).first().click();
        await page.locator(`main[data-page="${p}"]`).waitFor();
        expect(await bannerText(page)).toBe(BANNER[lang]);
        expect(await page.locator('.foreign-banner').isVisible()).toBe(true);
      }
      // Scrolled down, it is still on screen.
      await page.mouse.wheel(0, 3000);
      const box = await page.locator('.foreign-banner').boundingBox();
      expect(box?.y).toBe(0);
      await page.locator('nav a[href^="#/overview"]').first().click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await widgetsRendered(page);
      await screenshot(page, `foreign-feed-${lang}`);
      await context.close();
    });
  }

  it('is named at 360 px without overflowing', async () => {
    const context = await contextWithForeignFeed(360);
    const page = await context.newPage();
    await page.goto(url(`index.html#/overview?lang=ar&feed=${encodeURIComponent(FOREIGN)}`));
    await page.locator('.foreign-banner').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await widgetsRendered(page);
    await screenshot(page, 'foreign-feed-ar-phone');
    await page.screenshot({ path: `${SCREENSHOTS}foreign-feed-ar-phone-top.png` });
    await context.close();
  });

  it('is printed at the top of the report', async () => {
    const context = await contextWithForeignFeed();
    const page = await context.newPage();
    await page.goto(url(`report.html#/overview?feed=${encodeURIComponent(FOREIGN)}`));
    await page.locator('#report[data-ready="true"]').waitFor();
    expect(await bannerText(page)).toBe(BANNER.fr);
    await page.emulateMedia({ media: 'print' });
    // Its first page: the banner heads the report (pages.e2e.test.ts prints it all).
    const { pages, text } = await pdfText(
      new Uint8Array(
        await page.pdf({ preferCSSPageSize: true, printBackground: true, pageRanges: '1' }),
      ),
    );
    expect(pages).toBe(1);
    const bare = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
    expect(bare(text)).toContain(bare(BANNER.fr));
    await context.close();
  });

  it('makes no link of a javascript: source URL, on the sources page or in the widgets', async () => {
    const context = await contextWithForeignFeed();
    const page = await context.newPage();
    await page.goto(url(`index.html#/sources?feed=${encodeURIComponent(FOREIGN)}`));
    await page.locator('main[data-page="sources"] .sources').waitFor();
    const hrefs = await page.evaluate(() => {
      const all: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        root.querySelectorAll('a[href]').forEach((a) => all.push(a.getAttribute('href') ?? ''));
        root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
      };
      walk(document);
      return all;
    });
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(hrefs).toContain('mailto:prim@example.org');
    await context.close();
  });

  it('the built-in feed and a same-site feed carry no banner', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const q of ['', '?feed=feeds/prim.feed.json']) {
      await page.goto(url(`index.html#/overview${q}`));
      await page.locator('main[data-page="overview"]').waitFor();
      await widgetsRendered(page);
      expect(await page.locator('.foreign-banner').count()).toBe(0);
    }
    await context.close();
  });
});
