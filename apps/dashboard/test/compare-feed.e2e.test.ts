/** "Compare with an earlier feed": the overview and the report say what changed since. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot, textOf } from './browser.js';
import { builtinFeed } from './expected.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Last report's feed: the built-in one without its latest fund-completion figure. */
function earlierFeedFile(): string {
  const feed = builtinFeed();
  const latest = feed.observations.filter((o) => o.indicator === 'fund-completion').at(-1);
  const earlier = {
    ...feed,
    asOf: '2023-12-31',
    observations: feed.observations.filter((o) => o !== latest),
  };
  const path = join(mkdtempSync(join(tmpdir(), 'prim-earlier-')), 'feed-2023-12.json');
  writeFileSync(path, JSON.stringify(earlier));
  return path;
}

describe('compare with an earlier feed', () => {
  it('shows what changed since, per indicator, in French and in Arabic on a 360 px phone', async () => {
    const file = earlierFeedFile();
    const runs = [
      { lang: 'fr', viewport: { width: 1280, height: 900 }, title: 'Changements depuis' },
      { lang: 'ar', viewport: { width: 360, height: 780 }, title: 'التغييرات منذ' },
    ] as const;
    for (const { lang, viewport, title } of runs) {
      const { page, errors } = await openPage(browser, `index.html#/overview?lang=${lang}`, {
        viewport,
      });
      await page.locator('main[data-page]').waitFor();
      await page.setInputFiles('input[name="earlier-file"]', file);
      const changes = page.locator('[data-changes]');
      await changes.waitFor();
      const text = await textOf(page, '[data-changes]');
      expect(text).toContain(title);
      expect(text).toContain('feed-2023-12.json');
      expect(
        await page.locator('[data-changes] tr[data-indicator="fund-completion"]').count(),
      ).toBe(1);
      await screenshot(page, `compare-earlier-${lang}-${viewport.width}`);
      // The page itself never scrolls sideways on a phone; a wide table scrolls in its box.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps the earlier feed in a shared link, and the printable report includes the changes', async () => {
    const { page, errors } = await openPage(
      browser,
      'report.html#/overview?since=feeds/prim.feed.json',
    );
    await page.locator('#report[data-ready]').waitFor();
    expect(await textOf(page, '[data-changes]')).toContain('Aucun changement.');
    await screenshot(page, 'compare-earlier-report-fr');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
