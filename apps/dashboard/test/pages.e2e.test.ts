import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, reversedRatios, screenshot, url, widgetsRendered } from './browser.js';
import { pdfText } from './pdf-text.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('host pages embed the widgets', () => {
  const HOSTS = [
    ['hosts/article-fr.html', 'ltr'],
    ['hosts/article-ar.html', 'rtl'],
    ['hosts/commune.html', 'rtl'],
  ] as const;
  for (const [path, dir] of HOSTS) {
    it(`${path} renders its widgets without console errors`, async () => {
      for (const width of [1280, 360]) {
        const { page, errors } = await openPage(browser, path, {
          viewport: { width, height: 900 },
        });
        expect(await widgetsRendered(page)).toBeGreaterThan(0);
        expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(dir);
        // No widget shows its error state.
        const failed = await page.evaluate(
          () =>
            [...document.querySelectorAll('*')].filter((e) =>
              e.shadowRoot?.querySelector('[part="error"]'),
            ).length,
        );
        expect(failed).toBe(0);
        // '60 / 100 projets' reads left to right in Arabic too, in cards and chart captions.
        expect(await reversedRatios(page)).toEqual([]);
        expect(errors).toEqual([]);
        const name = path.replace(/^hosts\/|\.html$/g, '');
        await screenshot(page, `host-${name}${width === 360 ? '-phone' : ''}`);
        await page.context().close();
      }
    });
  }
});

describe('embed builder', () => {
  it('previews the chosen widget live and writes the three snippets', async () => {
    const { page, errors } = await openPage(
      browser,
      'builder.html#/builder?widget=prim-progress&lang=ar&region=oriental',
    );
    await page.locator('#preview prim-progress').waitFor();
    await widgetsRendered(page);
    expect(await page.getAttribute('#preview prim-progress', 'region')).toBe('oriental');
    const script = await page.inputValue('[data-variant="script"] textarea');
    expect(script).toContain('<script type="module" src="');
    expect(script).toContain('/widgets.js"></script>');
    expect(script).toMatch(/<prim-progress src="http[^"]+\/feeds\/prim\.feed\.json"/);
    expect(script).toContain('lang="ar"');
    expect(script).toContain('region="oriental"');
    const inline = await page.inputValue('[data-variant="inline"] textarea');
    expect(inline).toContain('<script type="application/json">{"schema":"prim-feed/1"');
    const iframe = await page.inputValue('[data-variant="iframe"] textarea');
    expect(iframe).toMatch(/<iframe src="http[^"]+\/embed\.html\?widget=prim-progress/);

    // Changing an option changes the preview and the snippet.
    await page.selectOption('select[name="widget"]', 'prim-parity');
    await page.locator('#preview prim-parity').waitFor();
    expect(await page.inputValue('[data-variant="script"] textarea')).toContain('<prim-parity');

    // Footfall has its own options, written to the element and the snippets.
    await page.selectOption('select[name="widget"]', 'prim-footfall');
    await page.selectOption('select[name="by"]', 'sex');
    await page.locator('#preview prim-footfall[by="sex"]').waitFor();
    await widgetsRendered(page);
    expect(await page.inputValue('select[name="widget"]')).toBe('prim-footfall');
    expect(await page.inputValue('[data-variant="script"] textarea')).toMatch(
      /<prim-footfall src="[^"]+" by="sex"/,
    );
    expect(await page.inputValue('[data-variant="iframe"] textarea')).toContain('by=sex');
    expect(errors).toEqual([]);
    await screenshot(page, 'builder-ar');
    await page.context().close();
  });

  it('downloads the live chart as SVG and PNG', async () => {
    const { page } = await openPage(browser, 'builder.html#/builder?widget=prim-parity');
    await page.locator('#preview prim-parity').waitFor();
    await widgetsRendered(page);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe('prim-parity.svg');
    const svgText = await new Response(
      (await svg.createReadStream()) as unknown as ReadableStream,
    ).text();
    // The widgets' own stand-alone file: an XML declaration, then the namespaced <svg>.
    expect(svgText).toMatch(/^<\?xml [^>]+>\n<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('prim-parity.png');
    await page.context().close();
  });

  it('the iframe variant serves embed.html with just the widget', async () => {
    const { page, errors } = await openPage(
      browser,
      'embed.html?widget=prim-indicator&indicator=fund-completion&lang=ar&as-of=2022-12-31',
      { viewport: { width: 400, height: 500 } },
    );
    expect(await widgetsRendered(page)).toBe(1);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('prim-indicator', 'as-of')).toBe('2022-12-31');
    expect(errors).toEqual([]);
    await screenshot(page, 'embed-indicator-ar');
    await page.context().close();
  });
});

describe('printable report', () => {
  it('prints to an A4 PDF whose text carries the chart titles', async () => {
    const { page, errors } = await openPage(browser, 'report.html#/overview?as-of=2022-12-31');
    await page.locator('#report[data-ready="true"]').waitFor();
    await widgetsRendered(page);
    expect(errors).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'report-fr');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const { pages, text } = await pdfText(new Uint8Array(pdf));
    expect(pages).toBeGreaterThan(3);
    // Ligatures (fi, ff) come out of PDF text as separate runs: compare without spaces.
    const bare = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
    const words = bare(text);
    // The footfall and funnel charts are the widgets', with their own titles.
    const widgetTitles = await page.evaluate(() =>
      ['prim-footfall', 'prim-funnel'].map(
        (tag) =>
          document.querySelector(tag)?.shadowRoot?.querySelector('[part="title"]')?.textContent ??
          `(no ${tag})`,
      ),
    );
    for (const title of [
      'Taux d’atteinte du fonds',
      'Fréquentation des BAOM',
      'Parité 50',
      'Par région',
      'Part des femmes par action',
      ...widgetTitles,
    ]) {
      expect(words).toContain(bare(title));
    }
    await page.context().close();
  });
});

it('the served pages declare a strict CSP without inline or eval for scripts', async () => {
  for (const path of [
    'index.html',
    'builder.html',
    'embed.html',
    'report.html',
    'hosts/commune.html',
  ]) {
    const html = await (await fetch(url(path))).text();
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toBe("'self'");
    // Only external module scripts: no inline script body anywhere.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
  }
});
