import { afterEach, describe, expect, it } from 'vitest';
import '../src/define/prim-indicator.js';
import '../src/define/prim-progress.js';
import type { PrimIndicator } from '../src/elements/prim-indicator.js';
import type { PrimProgress } from '../src/elements/prim-progress.js';
import { buildFeed } from './fixtures.js';
import { $, $$, axeViolations, brokenWords, cleanup, mount, textOf } from './mount.js';

afterEach(cleanup);

const mountCard = (
  attrs: string,
  feed = buildFeed(),
  width?: number,
  indicator = 'fund-completion',
) =>
  mount<PrimIndicator>(
    `<prim-indicator indicator="${indicator}" ${attrs}></prim-indicator>`,
    (e) => (e.feed = feed),
    width,
  );

describe('prim-indicator', () => {
  it('shows value, unit, target, status, period and sources in French', async () => {
    const el = await mountCard('lang="fr"');
    const text = textOf(el);
    expect($(el, '[part="title"]')?.textContent?.trim()).toBe('Projets financés');
    expect($(el, '[part="value"]')?.textContent?.trim()).toBe('63');
    expect(text).toContain('projets');
    expect(text).toContain('Cible : 100 au 31 août 2024');
    expect($(el, '[part="status"]')?.textContent).toMatch(/En retard\s*· Taux d’atteinte 63\s%/);
    expect(text).toContain('Période : mai 2024');
    expect(text).toContain('Données au 31 mai 2024');
    expect(text).toContain('Sources : Communiqué 2024; Évaluation à mi-parcours');
  });

  it('draws one completion bar with a target tick and an expected-by-now marker', async () => {
    const el = await mountCard('lang="fr"');
    expect($$(el, '.bullet-chart rect.bar')).toHaveLength(1);
    expect($$(el, '.bullet-chart line.target')).toHaveLength(1);
    expect($$(el, '.bullet-chart [data-mark="expected"]')).toHaveLength(1);
    expect(textOf(el)).toContain('Attendu à cette date : 94');
  });

  it('shows the status as a shape, not colour alone', async () => {
    const el = await mountCard('lang="fr"');
    expect($(el, '[part="status"] [data-shape="diamond"]')).not.toBeNull();
  });

  it('draws a sparkline when the indicator has a series', async () => {
    const el = await mountCard('lang="fr"');
    expect($$(el, '.sparkline circle')).toHaveLength(2);
    expect($(el, '.sparkline')?.getAttribute('aria-label')).toContain(
      '5 (août 2022) → 63 (mai 2024)',
    );
  });

  it('writes Arabic right to left with Latin digits and Moroccan month names', async () => {
    const el = await mountCard('lang="ar"');
    expect($(el, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    expect($(el, '[part="title"]')?.textContent?.trim()).toBe('المشاريع الممولة');
    expect($(el, '[part="value"]')?.textContent?.trim()).toBe('63');
    expect(textOf(el)).toContain('ماي 2024');
    expect(textOf(el)).toContain('غشت 2024');
  });

  it('mirrors the completion bar in Arabic', async () => {
    const fr = await mountCard('lang="fr"', buildFeed(), 400);
    const ar = await mountCard('lang="ar"', buildFeed(), 400);
    const bar = (el: Element) => {
      const r = $(el, 'rect.bar') as SVGRectElement;
      return { x: r.x.baseVal.value, w: r.width.baseVal.value };
    };
    const width = Number($(fr, '.bullet-chart')?.getAttribute('width'));
    expect(bar(ar).w).toBeCloseTo(bar(fr).w, 5);
    expect(bar(fr).x).toBeCloseTo(8, 5);
    expect(bar(ar).x + bar(ar).w).toBeCloseTo(width - 8, 5);
  });

  it('follows the page language and a locale override', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    document.body.append(wrapper);
    const el = await mountCard('locale="en-GB"');
    wrapper.append(el);
    await el.updateComplete;
    expect(textOf(el)).toContain('Target: 100 by 31 August 2024');
  });

  it('links only http(s) sources', async () => {
    const el = await mountCard('lang="fr"');
    const links = $$(el, '[part="footer"] a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/eval']);
  });

  it('keeps "no data" distinct from zero', async () => {
    const el = await mountCard('lang="fr" commune="agadir"', buildFeed(), 400, 'baom-coverage');
    expect($(el, '[part="empty"]')?.textContent).toContain('Aucune donnée pour ces filtres');
  });

  it('shows each disagreeing value with its source titles, links and isolated text', async () => {
    const feed = buildFeed();
    const conflicting = {
      ...feed,
      observations: [
        ...feed.observations.filter((o) => o.indicator !== 'fund-completion'),
        { indicator: 'fund-completion', period: '2024-05', value: 63, source: 'press-2024' },
        { indicator: 'fund-completion', period: '2024-05', value: 60, source: 'eval-2022' },
      ],
    };
    for (const lang of ['fr', 'ar']) {
      const el = await mountCard(`lang="${lang}"`, conflicting, 360);
      const notice = $$(el, '[part="notice"]').find((n) => n.querySelector('.conflict'))!;
      const items = [...notice.querySelectorAll('.conflict')].map((c) =>
        c.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(items).toEqual(['63 (Communiqué 2024)', '60 (Évaluation à mi-parcours)']);
      expect(notice.textContent).not.toMatch(/eval-2022|press-2024/);
      // Titles are isolated (bdi); only the http(s) source is a link.
      expect([...notice.querySelectorAll('bdi')].map((b) => b.textContent)).toContain(
        'Évaluation à mi-parcours',
      );
      expect([...notice.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
        'https://example.org/eval',
      ]);
      cleanup();
    }
  });

  it('shows a source title in the reader’s language when the document gives one, else marked', async () => {
    const feed = buildFeed();
    const titled = {
      ...feed,
      sources: feed.sources.map((s) =>
        s.id === 'eval-2022'
          ? { ...s, lang: 'fr', titles: { en: 'Mid-term evaluation' } }
          : { ...s, lang: 'fr' },
      ),
    };
    const footer = async (lang: string) => {
      const el = await mountCard(`lang="${lang}"`, titled);
      const bdis = $$(el, '[part="footer"] bdi').map((b) => [
        b.textContent,
        b.getAttribute('lang'),
      ]);
      const marks = $$(el, '[part="footer"] .lang-mark').map((m) => m.textContent);
      cleanup();
      return { bdis, marks };
    };
    // English: the evaluation's own English title, unmarked; the French-only one, marked.
    expect(await footer('en')).toEqual({
      bdis: [
        ['Communiqué 2024', 'fr'],
        ['Mid-term evaluation', 'en'],
      ],
      marks: ['(French)'],
    });
    // French: both as written, no mark.
    expect((await footer('fr')).marks).toEqual([]);
    // Arabic: the language named in Arabic, after each isolated title.
    expect((await footer('ar')).marks).toEqual(['(الفرنسية)', '(الفرنسية)']);
  });

  it('wraps the status line as whole items on a narrow card', async () => {
    const el = await mountCard('lang="fr"', buildFeed(), 250);
    const spans = $$(el, '[part="status"] > span');
    expect(spans.length).toBe(2);
    expect(brokenWords(el, '[part="status"]')).toEqual([]);
    for (const span of spans) {
      const range = document.createRange();
      range.selectNodeContents(span);
      expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size).toBe(1);
    }
  });

  it('names each chart once: the marks inside it are hidden from screen readers', async () => {
    const el = await mountCard('lang="fr"');
    for (const svg of $$(el, 'svg[role="img"]')) {
      expect(svg.getAttribute('aria-label')).toBeTruthy();
      for (const child of svg.children) expect(child.getAttribute('aria-hidden')).toBe('true');
    }
    // The heading names the indicator; the chart says its reading.
    expect($(el, '.bullet-chart')?.getAttribute('aria-label')).toMatch(/^Taux d’atteinte 63/);
  });

  it('warns of stale data by the same rule as prim-progress (the feed’s staleAfterDays)', async () => {
    const stale = { ...buildFeed(), thresholds: { staleAfterDays: 100 } };
    for (const [feed, expected] of [
      [stale, true],
      [buildFeed(), false],
    ] as const) {
      // As of the mid-term: the last value, August 2022, is 137 days old.
      const card = await mountCard('lang="fr" as-of="2022-12-31"', feed);
      const progress = await mount<PrimProgress>(
        '<prim-progress lang="fr" as-of="2022-12-31" indicators="fund-completion"></prim-progress>',
        (e) => (e.feed = feed),
      );
      const notice = (el: Element) =>
        $$(el, '[part="footer"] [part="notice"]').map((n) => n.textContent?.trim());
      expect(notice(card)).toEqual(
        expected ? ['Données anciennes : Projets financés, dernière observation août 2022.'] : [],
      );
      expect(notice(progress)).toEqual(notice(card));
      cleanup();
    }
  });

  it('has no axe violations, light and dark', async () => {
    const light = await mountCard('lang="fr"');
    expect(await axeViolations(light)).toEqual([]);
    const dark = await mountCard('lang="ar" theme="dark"');
    expect(await axeViolations(dark)).toEqual([]);
  });
});
