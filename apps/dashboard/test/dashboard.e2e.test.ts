import { fileURLToPath } from 'node:url';
import { footfall, fundCompletion } from '@prim/indicators';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFor } from '../src/format/format.js';
import {
  launch,
  openPage,
  reversedRatios,
  screenshot,
  textOf,
  url,
  widgetsRendered,
} from './browser.js';
import { builtinFeed, squash } from './expected.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const feed = builtinFeed();
const SOURCE_IDS = feed.sources.map((s) => s.id);
const fr = formatFor('fr', feed);

async function ready(page: Page): Promise<void> {
  await page.locator('main[data-page]').waitFor();
}

const figure = (page: Page, id: string) => textOf(page, `[data-figure="${id}"] .figure`);

const PAGES = [
  'overview',
  'fund',
  'baom',
  'gender',
  'region?region=souss-massa',
  'region?region=souss-massa&commune=ait-amira',
  'compare',
  'quality',
  'sources',
];

describe('dashboard pages', () => {
  for (const path of PAGES) {
    it(`#/${path} loads without console errors (fr, ar)`, async () => {
      for (const lang of ['fr', 'ar'] as const) {
        const sep = path.includes('?') ? '&' : '?';
        const { page, errors } = await openPage(
          browser,
          `index.html#/${path}${lang === 'fr' ? '' : `${sep}lang=${lang}`}`,
        );
        await ready(page);
        // Every element drawn, its code loaded on demand included (a fixed wait for the
        // network to go quiet, 'networkidle', would only add half a second).
        await widgetsRendered(page, 0);
        expect(errors).toEqual([]);
        // Evaluators read source titles, never the feed's ids ('F44 + F31').
        const visible = await page.locator('body').innerText();
        expect(SOURCE_IDS.filter((id) => visible.match(new RegExp(`\\b${id}\\b`)))).toEqual([]);
        await screenshot(page, `dashboard-${path.replace(/[?&=]/g, '-')}-${lang}`);
        await page.context().close();
      }
    });
  }

  it('shows the headline figures the model computes', async () => {
    const { page } = await openPage(browser, 'index.html');
    await ready(page);
    const fund = fundCompletion(feed);
    expect(squash(await figure(page, 'fund-completion'))).toBe(squash(fr.pct(fund.completion)));
    expect(squash(await textOf(page, '[data-figure="fund-completion"]'))).toContain(
      squash(`${fr.num(fund.actual)} projets financés sur 100`),
    );
    expect(squash(await figure(page, 'baom-footfall'))).toBe(
      squash(fr.num(footfall(feed).total.value)),
    );
    // Footfall is synthetic, and the card says so next to the number, once, with why.
    const card = await textOf(page, '[data-figure="baom-footfall"]');
    expect(card.match(/synthétiques/gi)).toHaveLength(1);
    expect(card).toContain('générées pour la démonstration');
    await page.context().close();
  });

  it('the parity page shows 27.5% women, below parity, for the Souss-Massa training', async () => {
    const { page } = await openPage(browser, 'index.html#/gender');
    await ready(page);
    const row = squash(await textOf(page, 'tr[data-activity="sm-gender-training-2022-11"]'));
    expect(row).toContain(squash(fr.pct(0.275)));
    expect(row).toContain('sous la parité');
    await page.context().close();
  });

  it("the 'as of' presets and the region filter change the figures and the URL", async () => {
    const { page } = await openPage(browser, 'index.html');
    await ready(page);
    const atFeedDate = await figure(page, 'fund-completion');
    await page.getByRole('button', { name: /mi-parcours/ }).click();
    await page.waitForURL(/as-of=2022-12-31/);
    const midTerm = fundCompletion(feed, { asOf: '2022-12-31' });
    expect(squash(await figure(page, 'fund-completion'))).toBe(squash(fr.pct(midTerm.completion)));
    expect(await figure(page, 'fund-completion')).not.toBe(atFeedDate);

    await page.selectOption('select[name="region"]', 'oriental');
    await page.waitForURL(/region=oriental/);
    const oriental = fundCompletion(feed, { asOf: '2022-12-31', filter: { region: 'oriental' } });
    expect(squash(await textOf(page, '[data-figure="fund-completion"]'))).toContain(
      squash(`${fr.num(oriental.actual)} projets financés`),
    );
    await page.context().close();
  });

  it('at mid-term (31 Dec 2022): fund completion 5 %, BAOM coverage 15 / 12', async () => {
    const { page } = await openPage(browser, 'index.html#/overview?as-of=2022-12-31');
    await ready(page);
    expect(squash(await figure(page, 'fund-completion'))).toBe(squash(fr.pct(0.05)));
    expect(squash(await figure(page, 'baom-coverage'))).toBe('15 / 12');
    await page.context().close();
  });

  it('a region page shows only what the region reports, its fund count without a target', async () => {
    const { page } = await openPage(browser, 'index.html#/region?region=souss-massa');
    await ready(page);
    const cards = page.locator('main [data-figure]');
    const shown = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
    expect(shown).toContain('baom-coverage');
    // The reception cells are the Oriental's.
    expect(shown).not.toContain('reception-cells');
    const fund = squash(await textOf(page, '[data-figure="fund-completion"]'));
    const sm = fundCompletion(feed, { filter: { region: 'souss-massa' } });
    expect(sm.status).toBe('no-target');
    expect(fund).toContain(squash(`${fr.num(sm.actual)} projets financés`));
    expect(fund).not.toContain('sur 100');
    expect(fund).toContain('sans cible');
    expect(squash(await figure(page, 'fund-completion'))).toBe(squash(fr.num(sm.actual)));

    await page.goto(page.url().replace('souss-massa', 'oriental'));
    await page.locator('[data-region="oriental"]').waitFor();
    const oriental = await cards.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-figure')),
    );
    expect(oriental).toContain('reception-cells');
    // No BAOM in the Oriental: neither coverage nor footfall, and no footfall charts.
    expect(oriental).not.toContain('baom-coverage');
    expect(oriental).not.toContain('baom-footfall');
    expect(await page.locator('prim-footfall').count()).toBe(0);
    await page.context().close();
  });

  it('quality flags read in French, the model’s English message folded beneath', async () => {
    const { page } = await openPage(browser, 'index.html#/quality');
    await ready(page);
    const item = page.locator('[data-code="missing-sex"] li').first();
    expect(await item.locator('.flag-text').innerText()).toMatch(
      /sans répartition par sexe ; le nombre de femmes est inconnu, pas nul/,
    );
    const original = item.locator('.flag-original');
    expect(await original.locator('summary').innerText()).toBe('Message d’origine (anglais)');
    expect(await original.locator('[lang="en"]').textContent()).toMatch(
      /without a breakdown by sex/,
    );
    await page.context().close();
  });

  it('footfall and the calls funnel are the embeddable widgets, fed the dashboard’s view', async () => {
    const { page, errors } = await openPage(
      browser,
      'index.html#/baom?as-of=2022-12-31&region=souss-massa',
    );
    await ready(page);
    await widgetsRendered(page);
    const footfalls = await page
      .locator('prim-footfall')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('by'), e.getAttribute('layout'), e.getAttribute('as-of')]),
      );
    expect(footfalls).toContainEqual(['profile', 'stacked', '2022-12-31']);
    expect(footfalls).toContainEqual(['sex', 'stacked', '2022-12-31']);
    expect(footfalls).toContainEqual(['none', 'small-multiples', '2022-12-31']);
    // The communes stay links to their own pages.
    await page.locator('figure.communes tbody a').first().click();
    await page.waitForURL(/commune=/);
    await page.locator('prim-footfall').first().waitFor();
    expect(await page.locator('prim-footfall[layout="small-multiples"]').count()).toBe(0);

    await page.goto(url('index.html#/fund'));
    await page.locator('prim-funnel').waitFor();
    await widgetsRendered(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a shared URL restores language, direction, theme, date, region and page', async () => {
    const { page } = await openPage(browser, 'index.html');
    await ready(page);
    await page.selectOption('select[name="lang"]', 'en');
    await page.selectOption('select[name="theme"]', 'dark');
    await page.getByRole('button', { name: /Programme end/ }).click();
    await page.selectOption('select[name="region"]', 'souss-massa');
    await page.getByRole('link', { name: '1. Fund' }).click();
    await page.waitForURL(/#\/fund/);
    const shared = page.url();
    const seen = await textOf(page, 'main');

    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const restored = await other.newPage();
    await restored.goto(shared);
    await restored.locator('main[data-page="fund"]').waitFor();
    expect(await restored.getAttribute('html', 'lang')).toBe('en');
    expect(await restored.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await restored.inputValue('input[name="as-of"]')).toBe('2024-08-31');
    expect(await restored.inputValue('select[name="region"]')).toBe('souss-massa');
    expect(await textOf(restored, 'main')).toBe(seen);
    await other.close();
    await page.context().close();
  });

  it('a bad feed file is reported with JSON paths and the loaded feed stays', async () => {
    const { page } = await openPage(browser, 'index.html');
    await ready(page);
    const before = await figure(page, 'fund-completion');
    const bad = fileURLToPath(new URL('./fixtures/bad.feed.json', import.meta.url));
    await page.setInputFiles('input[name="feed-file"]', bad);
    const report = page.getByRole('alert');
    await report.waitFor();
    const text = await report.innerText();
    expect(text).toContain('bad.feed.json');
    expect(text).toContain('$.asOf');
    expect(text).toMatch(/\$\.observations\[0\]/);
    expect(await figure(page, 'fund-completion')).toBe(before);
    await screenshot(page, 'dashboard-bad-feed-fr');
    await page.context().close();
  });

  it('Arabic turns the page right-to-left and stays readable on a 360 px phone', async () => {
    for (const lang of ['ar', 'fr'] as const) {
      const { page, errors } = await openPage(browser, `index.html#/overview?lang=${lang}`, {
        viewport: { width: 360, height: 780 },
        deviceScaleFactor: 1,
        isMobile: true,
      });
      await ready(page);
      expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // Nothing forces a sideways scroll on a phone.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      expect(errors).toEqual([]);
      // Every 'a / b' (parity 0 / 2, coverage 16 / 12…) reads left to right in both languages.
      expect(await reversedRatios(page)).toEqual([]);
      await screenshot(page, `dashboard-phone-${lang}`);
      await page.context().close();
    }
  });
});
