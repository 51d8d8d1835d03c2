/**
 * The plugin in a real WordPress (Debian's 6.1, PHP, MariaDB): posts written by an Author and
 * a Contributor — with WordPress's own content filtering of those roles — show drawn widgets
 * in French and Arabic, in two default themes, with no console error or CSP violation; the
 * fallback text is in the HTML and the RSS feed; embed.html links become iframes that fit;
 * a hostile attribute value comes out as text.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { zipSync } from 'fflate';
import {
  cspViolations,
  frameFitsContent,
  launch,
  openPage,
  screenshot,
  SCREENSHOTS,
  widgetsRendered,
} from '../../../apps/dashboard/test/browser.js';
import { embedBundle } from '../../widgets/test/embed-bundle.js';
import { pluginFiles } from '../scripts/build-zip.js';
import {
  startWordPress,
  THEMES,
  type PublishedPost,
  type WordPressSite,
} from './wordpress-site.js';

const FR_FALLBACK =
  'Projets financés (cumul) — taux d’atteinte de l’objectif de 100 projets : 60 projets';
const AR_FALLBACK = 'المشاريع الممولة (تراكمي) — نسبة بلوغ هدف 100 مشروع: 60';

let site: WordPressSite;
let browser: Browser;
const posts: Record<string, PublishedPost> = {};

beforeAll(async () => {
  // The zip `pnpm build` writes, with the run's widget bundle and chunks built from today's sources.
  site = await startWordPress(zipSync(pluginFiles(embedBundle())));
  browser = await launch();
  const embedPage = new URL('embed.html', inject('baseUrl')).href;
  const published = await site.publish([
    {
      role: 'author',
      title: 'author',
      content: [
        '[prim widget="indicator" indicator="fund-completion" lang="fr"]',
        '<!-- wp:prim/widget {"widget":"progress","indicator":"fund-completion baom-coverage","lang":"ar"} /-->',
      ].join('\n\n'),
    },
    {
      role: 'contributor',
      title: 'contributor',
      content: [
        // What a Contributor pasting the builder's script snippet gets: stripped on save.
        '<script type="module" src="https://example.org/widgets.js"></script><prim-indicator indicator="fund-completion"></prim-indicator>',
        '[prim widget="indicator" indicator="fund-completion" lang="ar"]',
        '<!-- wp:prim/widget {"widget":"parity","lang":"fr","asOf":"2022-12-31"} /-->',
      ].join('\n\n'),
    },
    {
      role: 'contributor',
      title: 'embeds',
      content: [
        `${embedPage}?widget=prim-indicator&indicator=fund-completion&lang=fr`,
        `<!-- wp:embed {"url":"${embedPage}?widget=indicator\\u0026lang=ar"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${embedPage}?widget=indicator&amp;lang=ar\n</div></figure>\n<!-- /wp:embed -->`,
        'https://elsewhere.example/embed.html?widget=indicator&lang=fr',
      ].join('\n\n'),
    },
    {
      role: 'contributor',
      title: 'hostile',
      content: [
        `[prim widget="indicator" theme='dark" onfocus="alert(document.domain)" autofocus x="']`,
        `[prim widget="indicator" src="javascript:alert(1)"]`,
        // The block editor writes quotes and brackets in its JSON as \u escapes.
        '<!-- wp:prim/widget {"region":"\\u0022\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"} /-->',
      ].join('\n\n'),
    },
  ]);
  for (const post of published) posts[post.title] = post;
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** Opens a post watching the console and CSP, in a theme, at a width. */
async function openPost(post: PublishedPost, theme: string, width: number) {
  const watched = await openPage(browser, `${post.url}&prim_test_theme=${theme}`, {
    viewport: { width, height: 900 },
  });
  watched.page.on('dialog', (d) => {
    watched.errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return watched;
}

/** A page logged in to wp-admin as that user (install.php sets '<user>-password'). */
async function logIn(user: string) {
  const watched = await openPage(browser, `${site.url}/wp-login.php`);
  await watched.page.fill('#user_login', user);
  await watched.page.fill('#user_pass', `${user}-password`);
  await Promise.all([watched.page.waitForURL(/wp-admin/), watched.page.click('#wp-submit')]);
  return watched;
}

/** Text of each prim-* element's shadow root, in document order. */
function widgetTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('prim-'))
      .map((e) => (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')),
  );
}

describe('the PRIM plugin in WordPress 6.1', () => {
  it('keeps the shortcode and the block of Authors and Contributors, unlike scripts and elements', () => {
    expect(posts.contributor?.saved).not.toMatch(/<script|<prim-indicator/);
    expect(posts.contributor?.saved).toContain('[prim widget="indicator"');
    expect(posts.contributor?.saved).toContain('<!-- wp:prim/widget');
    expect(posts.author?.saved).toContain('<!-- wp:prim/widget');
  });

  for (const theme of THEMES) {
    it(`draws the widgets of an Author’s and a Contributor’s post in French and Arabic (${theme})`, async () => {
      for (const post of [posts.author!, posts.contributor!]) {
        for (const width of [650, 360]) {
          const { page, errors } = await openPost(post, theme, width);
          expect(await widgetsRendered(page, 2)).toBe(2);
          const texts = await widgetTexts(page);
          // French text in the French widget, Arabic letters in the Arabic one.
          expect(texts.some((t) => /Projets|Parité|femmes/.test(t))).toBe(true);
          expect(texts.some((t) => /[\u0600-\u06ff]{3}/.test(t))).toBe(true);
          expect(texts.join(' ')).not.toMatch(/Erreur|خطأ/);
          // The theme's column holds the widget: not squeezed, not overflowing.
          const widths = await page.evaluate(() =>
            [...document.querySelectorAll('prim-indicator, prim-progress, prim-parity')].map(
              (e) => [e.getBoundingClientRect().width, e.parentElement!.clientWidth] as const,
            ),
          );
          for (const [w, column] of widths) {
            expect(w).toBeGreaterThan(250);
            expect(w).toBeLessThanOrEqual(column + 1);
          }
          expect(await cspViolations(page)).toEqual([]);
          expect(errors).toEqual([]);
          // The preloaded feed is the one the elements read: downloaded once.
          const feedLoads = await page.evaluate(
            () =>
              performance
                .getEntriesByType('resource')
                .filter((e) => e.name.endsWith('/data/prim.feed.json')).length,
          );
          expect(feedLoads).toBe(1);
          await screenshot(page, `wordpress-${post.title}-${theme}-${width}`);
          await page.context().close();
        }
      }
    });
  }

  it('writes the fallback text inside each element, and into the RSS feed', async () => {
    const html = await (await fetch(posts.author!.url)).text();
    expect(html).toContain(`<p class="prim-fallback">${FR_FALLBACK}`);
    expect(html).toMatch(
      /<prim-indicator src="[^"]+\/prim-indicators\/data\/prim\.feed\.json" indicator="fund-completion" lang="fr"><p class="prim-fallback">/,
    );
    expect(html).toContain('<script type="module" src=');
    // What the elements download first, preloaded once for the page's two widgets.
    for (const file of ['prim.feed.json', 'prim.views.base.json']) {
      const hint = new RegExp(
        `<link rel="preload" href="[^"]+/prim-indicators/data/${file.replace(/\./g, '\\.')}" as="fetch" crossorigin>`,
        'g',
      );
      expect(html.match(hint)).toHaveLength(1);
    }
    const contributor = await (await fetch(posts.contributor!.url)).text();
    expect(contributor).toContain(`<p class="prim-fallback">${AR_FALLBACK}`);
    // A view at another date than the feed's names the indicators without a figure.
    expect(contributor).toMatch(
      /<prim-parity [^>]*as-of="2022-12-31"><p class="prim-fallback">Participant·e·s aux activités<\/p>/,
    );
    const rss = await (await fetch(`${site.url}/?feed=rss2`)).text();
    expect(rss).toContain(FR_FALLBACK);
    expect(rss).not.toContain('rel="preload"');
    // Pages without a widget do not load the widget script.
    const home = await (await fetch(`${site.url}/?page_id=2`)).text();
    expect(home).not.toContain('prim-widgets.js');
  });

  it('turns embed.html links from its own host into iframes that fit the column', async () => {
    for (const width of [650, 360]) {
      const { page, errors } = await openPost(posts.embeds!, 'twentytwentythree', width);
      const frames = page.locator('iframe.prim-embed');
      // Waited for by Playwright (up to its own timeout), not polled for a second.
      await frames.nth(1).waitFor();
      expect(await frames.count()).toBe(2);
      for (const [i, lang] of [
        [0, 'fr'],
        [1, 'ar'],
      ] as const) {
        const frame = page.frameLocator('iframe.prim-embed').nth(i);
        await frame.locator('prim-indicator').waitFor();
        // Not clipped: the frame is as tall as its content, once the content reported it.
        expect(await frameFitsContent(frames.nth(i))).toBeGreaterThan(300);
        expect(await frame.locator('html').getAttribute('lang')).toBe(lang);
        // Not escaping the column.
        const [frameWidth, column] = await frames
          .nth(i)
          .evaluate((f) => [f.getBoundingClientRect().width, f.parentElement!.clientWidth]);
        expect(frameWidth).toBeLessThanOrEqual(column! + 1);
        await frames
          .nth(i)
          .screenshot({ path: `${SCREENSHOTS}wordpress-embed-${lang}-${width}.png` });
      }
      const html = await page.content();
      expect(html).not.toMatch(/<iframe[^>]+elsewhere\.example/);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await screenshot(page, `wordpress-embeds-${width}`);
      await page.context().close();
    }
  });

  it('prints a hostile attribute value as text, never as markup', async () => {
    const html = await (await fetch(posts.hostile!.url)).text();
    expect(html).not.toMatch(/<[^>]+\s(onfocus|onerror)=/);
    expect(html).not.toMatch(/(src|href)="javascript:/);
    expect(html).toContain('PRIM: Attribute src: &quot;javascript:alert(1)&quot; is not valid');
    expect(html).toContain(
      'PRIM: Attribute theme: &quot;dark&quot; onfocus=&quot;alert(document.domain)&quot;',
    );
    const { page, errors } = await openPost(posts.hostile!, 'twentytwentyone', 650);
    await page.locator('.prim-error').nth(2).waitFor();
    expect(await page.locator('.prim-error').count()).toBe(3);
    // WordPress's kses already dropped onerror from the block's attributes; the rest is text.
    expect(await page.locator('.prim-error').nth(2).innerText()).toMatch(
      /Attribute region: ""><img src=[^<]*" is not valid/,
    );
    expect(await page.locator('[onfocus], [onerror], img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers the block in the editor to a Contributor, with its settings and a drawn preview', async () => {
    const { page, errors } = await logIn('contributor');
    const refused: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) refused.push(decodeURIComponent(new URL(r.url()).search));
    });
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => {
      const wp = (window as unknown as { wp?: { blocks?: { getBlockType(n: string): unknown } } })
        .wp;
      return wp?.blocks?.getBlockType('prim/widget') !== undefined;
    });
    await page.evaluate(() => {
      type Wp = {
        blocks: { createBlock(name: string, attributes: object): { clientId: string } };
        data: { dispatch(store: string): Record<string, (...args: unknown[]) => void> };
      };
      const wp = (window as unknown as { wp: Wp }).wp;
      const block = wp.blocks.createBlock('prim/widget', {
        indicator: 'fund-completion',
        lang: 'ar',
      });
      wp.data.dispatch('core/block-editor').insertBlocks!(block);
      wp.data.dispatch('core/block-editor').selectBlock!(block.clientId);
    });
    // The preview is the server's rendering, drawn by the widget script loaded in the editor.
    const preview = page.locator('.wp-block-prim-widget prim-indicator[lang="ar"]');
    await preview.waitFor();
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('.wp-block-prim-widget prim-indicator')
          ?.shadowRoot?.querySelector('[part="value"]'),
    );
    expect(
      await preview.evaluate((e) => e.shadowRoot!.querySelector('[part="value"]')!.textContent),
    ).toContain('60');
    // The sidebar picks the widget, the indicator by name (in the user's language), the language.
    const control = (name: string) => page.getByRole('combobox', { name, exact: true });
    await control('Widget').waitFor();
    expect(await control('Widget').count()).toBe(1);
    expect(
      await control('Indicator').locator('option', { hasText: 'Applications received' }).count(),
    ).toBe(1);
    expect(await control('Language').inputValue()).toBe('ar');
    await control('Widget').selectOption('parity');
    await page.locator('.wp-block-prim-widget prim-parity').waitFor();
    // WordPress itself asks for the block theme's template, which a Contributor may not read.
    expect(refused.every((q) => q.includes('rest_route=/wp/v2/templates/'))).toBe(true);
    expect(errors.filter((e) => !e.includes('status of 403'))).toEqual([]);
    await screenshot(page, 'wordpress-editor-block');
    await page.context().close();
  });

  // After the tests above: it points the site at another feed.
  it('checks the feed URL on the settings page before readers get it', async () => {
    const { page, errors } = await logIn('admin');
    const settings = `${site.url}/wp-admin/options-general.php?page=prim-indicators`;
    const save = async (feedUrl: string) => {
      await page.goto(settings);
      await page.fill('#prim-feed-url', feedUrl);
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
      return (await page.locator('.wrap').innerText()).replace(/\s+/g, ' ');
    };
    // An HTML page is not a feed: the error says so, and the bundled feed stays in use.
    const refused = await save(`${site.url}/?p=1`);
    expect(refused).toContain('is not JSON');
    expect(refused).toContain('Widgets read the PRIM feed bundled with the plugin.');
    const feed = new URL('feeds/prim.feed.json', inject('baseUrl')).href;
    expect(await save(feed)).toContain('Feed checked: as of 2024-12-13, 12 indicators.');
    expect(await page.inputValue('#prim-feed-url')).toBe(feed);
    // Widgets now read that feed; their fallback names come from its check.
    const html = await (await fetch(posts.author!.url)).text();
    expect(html).toContain(`<prim-indicator src="${feed}"`);
    expect(html).toContain('<p class="prim-fallback">Projets financés (cumul)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets only roles that manage options upload a .json feed to the Media Library', async () => {
    expect(await site.php('json-uploads.php')).toEqual({
      admin: 'application/json',
      editor: false,
      author: false,
      contributor: false,
    });
  });

  it('raises no PHP notice or warning from the plugin', () => {
    const log = readFileSync(site.debugLog, { encoding: 'utf8', flag: 'a+' });
    expect(log.split('\n').filter((line) => line.includes('prim-indicators'))).toEqual([]);
  });
});
