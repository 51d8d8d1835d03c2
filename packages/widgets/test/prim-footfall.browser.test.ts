import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/define/prim-footfall.js';
import { PrimFootfall } from '../src/elements/prim-footfall.js';
import type { View, WidgetContext } from '../src/base/view.js';
import { buildFeed, footfallYearFeed } from './fixtures.js';
import { $, $$, axeViolations, cleanup, mount, openTable, settle, textOf } from './mount.js';

/** The element's view method, as the tests spy on it. */
interface Drawn {
  renderView(ctx: WidgetContext): View;
}

afterEach(cleanup);

/** A footfall chart with its data table open (the tests read both). */
async function mountFootfall(attrs: string, width = 480, feed: unknown = footfallYearFeed()) {
  const el = await mount<PrimFootfall>(
    `<prim-footfall ${attrs}></prim-footfall>`,
    (e) => (e.feed = feed),
    width,
  );
  if ($(el, 'details')) await openTable(el);
  return el;
}

const months = (el: Element) => $$(el, '.month-bars g.month');
const tableRows = (el: Element) =>
  $$(el, 'details tbody tr').map((tr) => [...tr.children].map((c) => c.textContent?.trim()));

/**
 * Holds back the browser's resize reports (a ResizeObserver that reports only when told),
 * so a test chooses whether the data or the width comes first.
 */
function holdResizeReports(): { deliver: () => void; restore: () => void } {
  const reports: (() => void)[] = [];
  const Observer = globalThis.ResizeObserver;
  globalThis.ResizeObserver = class {
    constructor(report: ResizeObserverCallback) {
      reports.push(() => report([], this as unknown as ResizeObserver));
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  return {
    deliver: () => reports.forEach((report) => report()),
    restore: () => (globalThis.ResizeObserver = Observer),
  };
}

/** The width inside the frame's padding: what a chart is drawn at. */
function contentWidth(el: Element): number {
  const base = $(el, '[part="base"]') as HTMLElement;
  const style = getComputedStyle(base);
  return Math.floor(
    base.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
  );
}

describe('prim-footfall', () => {
  it('draws its chart once, at its width, when its data comes before the first resize report', async () => {
    // A fast feed: the data is here before the browser's first resize report (held back
    // here, then delivered), which on a page comes at the next frame.
    const resizes = holdResizeReports();
    const renderView = vi.spyOn(PrimFootfall.prototype as unknown as Drawn, 'renderView');
    try {
      const el = await mount<PrimFootfall>(
        '<prim-footfall lang="fr" by="none"></prim-footfall>',
        (e) => (e.feed = footfallYearFeed()),
        480,
      );
      resizes.deliver();
      await settle(el);
      const content = contentWidth(el);
      expect(content).toBeGreaterThan(400);
      // One view, at the width of the frame: not one at the default width, then another.
      expect(renderView.mock.calls.map(([ctx]) => ctx.width)).toEqual([content]);
      expect($(el, 'svg[part~="chart"]')?.getAttribute('width')).toBe(String(content));
    } finally {
      renderView.mockRestore();
      resizes.restore();
    }
  });

  it('notes a width reported while its feed loads, and draws once at that width', async () => {
    const resizes = holdResizeReports();
    // A feed that arrives when the test says so.
    let arrive = (_: Response) => {};
    vi.spyOn(window, 'fetch').mockReturnValue(new Promise((resolve) => (arrive = resolve)));
    const renderView = vi.spyOn(PrimFootfall.prototype as unknown as Drawn, 'renderView');
    try {
      const container = document.createElement('div');
      container.style.width = '480px';
      const el = document.createElement('prim-footfall');
      el.setAttribute('by', 'none');
      el.setAttribute('lang', 'fr');
      el.src = 'https://example.invalid/slow.json';
      container.append(el);
      document.body.append(container);
      await el.updateComplete;
      expect(textOf(el)).toContain('Chargement');
      // The browser reports the frame's width while the feed is on its way: "loading" is
      // not drawn again for it (a style and layout pass, and a frame's wait for the data).
      resizes.deliver();
      expect(el.isUpdatePending).toBe(false);
      arrive(new Response(JSON.stringify(footfallYearFeed())));
      await settle(el);
      const content = contentWidth(el);
      expect(renderView.mock.calls.map(([ctx]) => ctx.width)).toEqual([content]);
      expect($(el, 'svg[part~="chart"]')?.getAttribute('width')).toBe(String(content));
    } finally {
      renderView.mockRestore();
      vi.restoreAllMocks();
      resizes.restore();
    }
  });

  it('draws a bar per month stacked by profile, with the total and the July–August share', async () => {
    const el = await mountFootfall('lang="fr"');
    expect($(el, '[part="title"]')?.textContent).toContain(
      'Personnes reçues dans les BAOM par profil',
    );
    // 2022-01 … 2023-09 (the base feed adds summer 2023): 21 months in the table; the
    // chart has a mark for the 15 months with a figure or a withheld count, none for the rest.
    expect(tableRows(el)).toHaveLength(21);
    expect(months(el)).toHaveLength(15);
    expect(tableRows(el)[10]).toEqual(['novembre 2022', '15', '4', '19']);
    expect(tableRows(el)[12]).toEqual(['janvier 2023', '—', '—', '—']);
    const text = textOf(el);
    // 411 in 2022 and 260 in summer 2023; January 2022 in Agadir was withheld: a lower bound.
    expect(text).toContain('Total : ≥ 671 personnes reçues');
    // July–August 2022: (94 + 109) ÷ 411, over 2022 only (the one year with twelve months).
    expect(text).toContain('Juillet–août : 49,4 % des personnes reçues sur l’année (2022)');
    expect(text).toContain('un mois d’été reçoit');
    // Two profiles, each with a legend entry; the summer band is in the legend too.
    const legend = $$(el, '.legend-item').map((g) => g.textContent?.replace(/\s+/g, ' ').trim());
    expect(legend.some((l) => l?.startsWith('MRE'))).toBe(true);
    expect(legend.some((l) => l?.startsWith('Autre'))).toBe(true);
    expect(legend.some((l) => l?.startsWith('Juillet–août (saison des MRE)'))).toBe(true);
    // July and August of both years are shaded.
    expect($$(el, '[data-mark="summer"]')).toHaveLength(2);
  });

  it('always says the data is synthetic', async () => {
    const el = await mountFootfall('lang="fr"');
    expect($(el, '[part="notice"]')?.textContent).toContain('Données synthétiques');
  });

  it("shows a withheld month as '< k' in the table and as a hatched bar, never 0", async () => {
    const el = await mountFootfall('lang="fr" commune="agadir" by="none"');
    const rows = tableRows(el);
    expect(rows[0]).toEqual(['janvier 2022', '< 5']);
    expect(rows[1]).toEqual(['février 2022', '6']);
    // January 2022 and September 2023 were withheld.
    const withheld = $$(el, '[data-mark="withheld"]');
    expect(withheld).toHaveLength(2);
    expect(withheld[0]?.closest('g.month')?.querySelector('title')?.textContent).toBe(
      'janvier 2022 : < 5',
    );
    expect(Number(withheld[0]?.getAttribute('height'))).toBeGreaterThan(0);
    expect(textOf(el)).toContain('Petit effectif masqué (< k)');
  });

  it('marks a month with a withheld part as a lower bound', async () => {
    const el = await mountFootfall('lang="fr" by="commune"');
    expect($$(el, '[data-mark="lower-bound"]')).toHaveLength(1);
    expect(tableRows(el)[0]?.at(-1)).toBe('≥ 14');
  });

  it("shows a withheld part as '< k' or '≥ n' in its own column, not only in the total", async () => {
    const byCommune = await mountFootfall('lang="fr" by="commune"');
    expect(tableRows(byCommune)[0]).toEqual(['janvier 2022', '14', '< 5', '≥ 14']);
    const byProfile = await mountFootfall('lang="fr" by="profile"');
    // Tiznit's 4 'other' plus Agadir's withheld 'other': at least 4.
    expect(tableRows(byProfile)[0]).toEqual(['janvier 2022', '10', '≥ 4', '≥ 14']);
  });

  it('bounds each column by its own withheld counts, not by the month’s', async () => {
    const feed = footfallYearFeed();
    const mre = {
      indicator: 'baom-footfall',
      period: '2022-01',
      commune: 'agadir',
      profile: 'mre',
      suppressed: { below: 3 },
      source: 'synthetic',
      synthetic: true,
    };
    const el = await mountFootfall('lang="fr" commune="agadir" by="profile"', 480, {
      ...feed,
      observations: [...feed.observations, mre],
    });
    // MRE: < 3; Other: < 5; in all, fewer than 8 (never '< 8' in each column).
    expect(tableRows(el)[0]).toEqual(['janvier 2022', '< 3', '< 5', '< 8']);
  });

  it('stacks by sex and by commune, with one pattern per series', async () => {
    const bySex = await mountFootfall('lang="en" by="sex"');
    expect($(bySex, '[part="title"]')?.textContent).toContain(
      'People received at the BAOM offices by sex',
    );
    const july = $$(bySex, 'g.month[data-period="2022-07"] rect.segment');
    expect(july).toHaveLength(2);
    const fills = new Set(july.map((r) => r.getAttribute('fill')));
    expect(fills.size).toBe(2);
    const headers = $$(bySex, 'details thead th').map((th) => th.textContent?.trim());
    // The base feed's 2023 counts have no sex: 'not stated', not split or dropped.
    expect(headers).toEqual(['Period', 'Women', 'Men', 'Not stated', 'Total']);
    // Legend swatches use the same patterns as the bars.
    const swatches = $$(bySex, '.legend-item rect').map((r) => r.getAttribute('fill'));
    expect(swatches).toEqual(expect.arrayContaining([...fills]));
  });

  it('draws one small chart per commune on a shared scale', async () => {
    const el = await mountFootfall('lang="fr" layout="small-multiples"', 520);
    // Its own title: not the same as one chart stacked by commune.
    const byCommune = await mountFootfall('lang="fr" by="commune"', 520);
    expect($(el, '[part="title"]')?.textContent?.trim()).toBe(
      'Personnes reçues dans les BAOM par profil : un graphique par commune',
    );
    expect($(byCommune, '[part="title"]')?.textContent?.trim()).toBe(
      'Personnes reçues dans les BAOM par commune',
    );
    const panels = $$(el, 'g.panel');
    expect(panels).toHaveLength(2);
    expect(panels.map((p) => p.querySelector('.panel-title')?.textContent?.trim())).toEqual([
      'TiznitTiznit',
      'AgadirAgadir',
    ]);
    // Same scale: the same y tick labels in each panel.
    const ticks = (p: Element) => [...p.querySelectorAll('text.muted')].map((t) => t.textContent);
    expect(ticks(panels[0]!).slice(0, 3)).toEqual(ticks(panels[1]!).slice(0, 3));
    const headers = $$(el, 'details thead th').map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Période', 'Tiznit', 'Agadir', 'Total']);
  });

  it('filters by region and commune', async () => {
    const el = await mountFootfall('lang="fr" region="oriental"');
    expect($(el, '[part="empty"]')?.textContent).toContain('Aucune donnée pour ces filtres');
    const tiznit = await mountFootfall('lang="fr" commune="tiznit" by="commune"');
    const headers = $$(tiznit, 'details thead th').map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Période', 'Tiznit', 'Total']);
  });

  it('runs time right to left in Arabic, with Moroccan month names and Latin digits', async () => {
    const fr = await mountFootfall('lang="fr" by="none"', 400);
    const ar = await mountFootfall('lang="ar" by="none"', 400);
    expect($(ar, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    const x = (el: Element, period: string) =>
      Number($(el, `g.month[data-period="${period}"] rect`)?.getAttribute('x'));
    expect(x(ar, '2022-02')).toBeGreaterThan(x(ar, '2022-12'));
    expect(x(fr, '2022-02')).toBeLessThan(x(fr, '2022-12'));
    const width = Number($(fr, '.month-bars')?.getAttribute('width'));
    const w = Number($(fr, 'g.month[data-period="2022-02"] rect')?.getAttribute('width'));
    expect(x(ar, '2022-02') + w).toBeCloseTo(width - x(fr, '2022-02'), 0);
    const text = textOf(ar);
    expect(text).toContain('الأشخاص المستقبلون في مكاتب الاستقبال والتوجيه');
    expect(text).toContain('يوليوز–غشت');
    expect(tableRows(ar)[6]?.[0]).toBe('يوليوز 2022');
    expect(text).not.toMatch(/[\u0660-\u0669]/);
  });

  it('keeps the July–August shading inside the plot, in both directions', async () => {
    for (const lang of ['fr', 'ar']) {
      const el = await mountFootfall(`lang="${lang}" by="none"`, 480, buildFeed());
      const svg = $(el, '.month-bars') as SVGSVGElement;
      const plot = svg.querySelector('line.axis')!.getBoundingClientRect();
      const bands = $$(el, '[data-mark="summer"]').map((b) => b.getBoundingClientRect());
      expect(bands.length).toBeGreaterThan(0);
      for (const band of bands) {
        expect(band.left).toBeGreaterThanOrEqual(plot.left - 0.5);
        expect(band.right).toBeLessThanOrEqual(plot.right + 0.5);
      }
      cleanup();
    }
  });

  it('labels every month when there is room, with the year under the first', async () => {
    // Three months (July–September 2023) in 480 px: each gets its own label.
    const el = await mountFootfall('lang="fr" by="none"', 480, buildFeed());
    const labels = $$(el, 'text.x-label').map((t) => t.textContent?.trim());
    expect(labels).toEqual(['juil.', '2023', 'août', 'sept.']);
  });

  it('sums months by quarter when bars would be too thin, keeping months in the table', async () => {
    const feed = footfallYearFeed();
    // Four years of months: 48 bars do not fit a 280 px phone chart.
    const extra = [2019, 2020, 2021].flatMap((y) =>
      Array.from({ length: 12 }, (_, m) => ({
        indicator: 'baom-footfall',
        period: `${y}-${String(m + 1).padStart(2, '0')}`,
        commune: 'tiznit',
        profile: 'mre',
        value: 10 + m,
        source: 'synthetic',
        synthetic: true,
      })),
    );
    const el = await mountFootfall('lang="fr" by="none"', 320, {
      ...feed,
      observations: [...feed.observations, ...extra],
    });
    expect($(el, '.month-bars')?.getAttribute('data-unit')).toBe('quarter');
    const bars = months(el);
    expect(bars.length).toBeLessThan(20);
    expect(bars[0]?.getAttribute('data-period')).toBe('2019-Q1');
    // Q1 2019: 10 + 11 + 12; bars are wide enough to read.
    expect(bars[0]?.querySelector('title')?.textContent).toBe('1er trimestre 2019 : 33');
    expect(Number(bars[0]?.querySelector('rect')?.getAttribute('width'))).toBeGreaterThan(5);
    // Withheld January 2022 (Agadir) makes Q1 2022 a lower bound.
    const q1 = bars.find((b) => b.getAttribute('data-period') === '2022-Q1');
    expect(q1?.querySelector('title')?.textContent).toMatch(/^1er trimestre 2022 : ≥ /);
    expect($$(el, '[data-mark="summer"]')).toHaveLength(0);
    expect(tableRows(el).length).toBeGreaterThan(40);
    // Wide enough, the same data is monthly again.
    const wide = await mountFootfall('lang="fr" by="none"', 900, {
      ...feed,
      observations: [...feed.observations, ...extra],
    });
    expect($(wide, '.month-bars')?.getAttribute('data-unit')).toBe('month');
  });

  it('puts small multiples in two columns on a 360 px phone', async () => {
    const el = await mountFootfall('lang="fr" layout="small-multiples"', 330);
    const panels = $$(el, 'g.panel').map((p) => p.getBoundingClientRect());
    expect(panels).toHaveLength(2);
    expect(Math.round(panels[0]!.top)).toBe(Math.round(panels[1]!.top));
  });

  it('rejects an unknown `by`', async () => {
    const el = await mountFootfall('lang="en" by="colour"');
    expect($(el, '[role="alert"]')?.textContent).toContain('by="colour"');
  });

  it('shows the base feed (no complete year) without a July–August share', async () => {
    const el = await mountFootfall('lang="fr"', 480, buildFeed());
    expect(textOf(el)).toContain('pas d’année complète');
  });

  it('has no axe violations', async () => {
    const el = await mountFootfall('lang="fr"');
    expect(await axeViolations(el)).toEqual([]);
    const ar = await mountFootfall('lang="ar" theme="dark" layout="small-multiples"', 320);
    expect(await axeViolations(ar)).toEqual([]);
  });
});
