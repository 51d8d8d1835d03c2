import { afterEach, describe, expect, it } from 'vitest';
import '../src/define/prim-funnel.js';
import type { PrimFunnel } from '../src/elements/prim-funnel.js';
import { toCsv } from '../src/table/csv.js';
import { buildFeed, fundFeed } from './fixtures.js';
import { $, $$, axeViolations, cleanup, mount, openTable, textOf } from './mount.js';

afterEach(cleanup);

const mountFunnel = (attrs: string, width = 480, feed = fundFeed()) =>
  mount<PrimFunnel>(`<prim-funnel ${attrs}></prim-funnel>`, (e) => (e.feed = feed), width);

const calls = (el: Element) =>
  $$(el, '.funnel-chart g.call').map((g) => ({
    title: g.querySelector('.call-title title')?.textContent,
    // Each stage's texts (label, value or '? inconnu') as a reader sees them, side by side.
    stages: [...g.querySelectorAll('g.stage')].map((s) =>
      [...s.querySelectorAll('text')]
        .map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' '),
    ),
    known: [...g.querySelectorAll('g.stage')].map((s) => s.getAttribute('data-known')),
  }));

describe('prim-funnel', () => {
  it('shows applications → selected → funded per call, in French', async () => {
    const el = await mountFunnel('lang="fr"');
    expect($(el, '[part="title"]')?.textContent).toContain('Appels à projets');
    const rows = calls(el);
    expect(rows.map((r) => r.title)).toEqual([
      'Souss-Massa — 1er appel',
      'Souss-Massa — 2e appel',
      'Oriental — guichet',
    ]);
    expect(rows[1]?.stages).toEqual([
      'Candidatures 15',
      'Sélectionnés 7 (46,7 %)',
      'Financés 7 (46,7 %)',
    ]);
    // Zero selected is a real 0 (a bar of no length and the figure), not unknown.
    expect(rows[0]?.stages[1]).toBe('Sélectionnés 0 (0 %)');
    expect($$(el, '.funnel-chart rect.bar')).toHaveLength(7);
  });

  it('shows a stage nobody reported as unknown, not 0', async () => {
    const el = await mountFunnel('lang="fr"');
    const guichet = calls(el)[2];
    expect(guichet?.known).toEqual(['false', 'false', 'true']);
    expect(guichet?.stages[0]).toBe('Candidatures ? inconnu');
    expect(guichet?.stages[2]).toBe('Financés 27');
    await openTable(el);
    const row = $$(el, 'details tbody tr')[2];
    const cells = [...(row?.children ?? [])].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual([
      'Oriental — guichet',
      'Oriental',
      'inconnu',
      'inconnu',
      '27',
      '1.255.576 €',
    ]);
  });

  it('gives budgets in their own currencies, never added', async () => {
    const el = await mountFunnel('lang="fr"');
    const text = textOf(el).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('Budget : 1.107.000 MAD · 101.371 €');
    expect(text).not.toContain('1.208.371');
    const csv = toCsv(el.dataTable!).split('\r\n');
    expect(csv[0]).toBe('call,region,applications,selected,funded,budget');
    // Quoted: French Excel would split the cell on ';'.
    expect(csv[2]).toBe('sm-call-2,souss-massa,15,7,7,"1107000 MAD; 101371 EUR"');
    expect(csv[3]).toBe('or-guichet,oriental,,,27,1255576 EUR');
  });

  it('gives one stale notice naming its indicators, grouped by their last period', async () => {
    const feed = fundFeed();
    const stale = {
      ...feed,
      thresholds: { staleAfterDays: 100 },
      observations: feed.observations.map((o) =>
        o.indicator === 'fund-funded' && o.call === 'or-guichet' ? { ...o, period: '2023-09' } : o,
      ),
    };
    const el = await mountFunnel('lang="fr" as-of="2024-06-30"', 480, stale);
    const notices = $$(el, '[part="footer"] [part="notice"]').map((n) => n.textContent?.trim());
    expect(notices).toEqual([
      'Données anciennes : Candidatures, Sélectionnés et Budget, dernière observation juin 2023 ; ' +
        'Financés, dernière observation septembre 2023.',
    ]);
  });

  it("keeps one region's calls", async () => {
    const el = await mountFunnel('lang="fr" region="oriental"');
    expect(calls(el).map((r) => r.title)).toEqual(['Oriental — guichet']);
  });

  it('says there is no pipeline in a feed without one', async () => {
    const el = await mountFunnel('lang="en"', 480, buildFeed());
    expect($(el, '[part="empty"]')?.textContent).toContain('No data for these filters');
  });

  it('mirrors in Arabic: bars grow from the right', async () => {
    const fr = await mountFunnel('lang="fr"', 400);
    const ar = await mountFunnel('lang="ar"', 400);
    expect($(ar, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    const width = Number($(fr, '.funnel-chart')?.getAttribute('width'));
    const bar = (el: Element) => {
      const r = $(el, 'rect.bar') as SVGRectElement;
      return { x: r.x.baseVal.value, w: r.width.baseVal.value };
    };
    expect(bar(ar).w).toBeCloseTo(bar(fr).w, 3);
    expect(bar(ar).x).toBeCloseTo(width - bar(fr).x - bar(fr).w, 3);
    const text = textOf(ar);
    expect(text).toContain('سوس ماسة — الطلب الثاني');
    expect(text).toContain('الترشيحات');
    expect(text).toContain('غير معروف');
    expect(text).not.toMatch(/[\u0660-\u0669]/);
  });

  it('has no axe violations', async () => {
    const el = await mountFunnel('lang="fr"');
    expect(await axeViolations(el)).toEqual([]);
    const ar = await mountFunnel('lang="ar" theme="dark"', 320);
    expect(await axeViolations(ar)).toEqual([]);
  });
});
