import type { Download, Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot, widgetsRendered } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every value the form offers, as [attribute value, what the reader sees]. */
function offered(page: Page): Promise<Array<[string, string]>> {
  return page.$$eval('.builder-form option, .builder-form input[type="checkbox"]', (items) =>
    items.map((item) => [
      (item as HTMLOptionElement | HTMLInputElement).value,
      (item instanceof HTMLOptionElement
        ? item.text
        : (item.parentElement?.innerText ?? '')
      ).trim(),
    ]),
  );
}

/** What a select shows for its current value. */
const shown = (page: Page, name: string) =>
  page.$eval(
    `select[name="${name}"]`,
    (s) => (s as HTMLSelectElement).selectedOptions[0]?.text.trim() ?? '',
  );

const script = (page: Page) => page.inputValue('[data-variant="script"] textarea');

/** Opens the builder once the feed has arrived (its regions are listed by name). */
async function openBuilder(hash: string, width: number): Promise<Page> {
  const { page } = await openPage(browser, `builder.html#/builder?${hash}`, {
    viewport: { width, height: 900 },
  });
  await page
    .locator('select[name="region"] option[value="oriental"]')
    .waitFor({ state: 'attached' });
  await widgetsRendered(page);
  return page;
}

const text = async (download: Download) =>
  new Response((await download.createReadStream()) as unknown as ReadableStream).text();

describe('the builder speaks its reader’s language', () => {
  const CASES = [
    {
      lang: 'fr',
      hash: 'widget=prim-footfall&by=sex&region=oriental',
      expected: {
        widget: 'Personnes reçues dans les BAOM',
        by: 'Sexe',
        layout: 'Un graphique (par défaut)',
        lang: 'Celle de la page',
        theme: 'Sombre',
        region: 'Oriental',
      },
      // Every word the reader sees is French: nothing looks like an id ('small-multiples').
      reads: (t: string) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t),
    },
    {
      lang: 'ar',
      hash: 'widget=prim-footfall&by=sex&region=oriental&lang=ar',
      expected: {
        widget: 'زوار مكاتب الاستقبال والتوجيه',
        by: 'الجنس',
        layout: 'رسم واحد (افتراضي)',
        lang: 'العربية',
        theme: 'داكن',
        region: 'الشرق',
      },
      // Every text the reader sees is written in Arabic.
      reads: (t: string) => /[\u0600-\u06ff]/.test(t),
    },
  ] as const;
  for (const { lang, hash, expected, reads } of CASES) {
    it(`in ${lang}, option values read translated while the snippet keeps the attribute values`, async () => {
      for (const width of [1280, 360]) {
        const page = await openBuilder(hash, width);
        expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        await page.selectOption('select[name="theme"]', 'dark');
        await page.locator('#preview prim-footfall[theme="dark"]').waitFor();
        for (const [name, text] of Object.entries(expected))
          expect(await shown(page, name)).toBe(text);
        const values = await offered(page);
        expect(values.length).toBeGreaterThan(20);
        for (const [value, text] of values) {
          expect(text, `the option ${value}`).not.toBe(value);
          expect(reads(text), `'${text}' (value ${value})`).toBe(true);
        }
        const snippet = await script(page);
        expect(snippet).toContain('<prim-footfall src="');
        expect(snippet).toContain('by="sex"');
        expect(snippet).toContain('theme="dark"');
        expect(snippet).toContain('region="oriental"');
        expect(snippet).toContain(lang === 'ar' ? 'lang="ar"' : '></prim-footfall>');
        await screenshot(page, `builder-values-${lang}${width === 360 ? '-phone' : ''}`);
        await page.context().close();
      }
    });
  }

  it('indicators are chosen by name; the snippet names their ids', async () => {
    const page = await openBuilder('widget=prim-progress&lang=ar', 1280);
    const names = await page.$$eval('.indicator-picker label', (ls) =>
      ls.map((l) => (l as HTMLElement).innerText.trim()),
    );
    expect(names).toContain('الجماعات المتوفرة على مكتب لاستقبال وتوجيه المهاجرين (سوس ماسة)');
    expect(await script(page)).toContain('indicators="fund-completion baom-coverage"');
    await page.getByLabel('المشاركات والمشاركون في الأنشطة').check();
    await page.locator('#preview prim-progress[indicators~="participants"]').waitFor();
    expect(await script(page)).toContain('indicators="fund-completion baom-coverage participants"');

    await page.selectOption('select[name="widget"]', 'prim-indicator');
    await page.locator('#preview prim-indicator').waitFor();
    expect(await shown(page, 'indicator')).toBe(
      'المشاريع الممولة (تراكمي) — نسبة بلوغ هدف 100 مشروع',
    );
    await page.selectOption('select[name="indicator"]', 'baom-coverage');
    await page.locator('#preview prim-indicator[indicator="baom-coverage"]').waitFor();
    expect(await script(page)).toContain('indicator="baom-coverage"');
    await page.context().close();
  });
});

describe('the builder exports the chart as the widget does', () => {
  it('its SVG is the file the widget’s own download button saves', async () => {
    const page = await openBuilder('widget=prim-parity', 1280);
    const [fromBuilder] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en SVG' }).click(),
    ]);
    expect(fromBuilder.suggestedFilename()).toBe('prim-parity.svg');
    await page.locator('#preview prim-parity summary').click();
    const [fromWidget] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#preview prim-parity button[data-format="svg"]').click(),
    ]);
    const svg = await text(fromBuilder);
    expect(svg).toContain('<title>');
    expect(svg).toBe(await text(fromWidget));
    await page.context().close();
  });
});
