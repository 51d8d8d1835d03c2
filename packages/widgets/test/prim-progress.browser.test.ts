import { afterEach, describe, expect, it } from 'vitest';
import '../src/define/prim-progress.js';
import type { PrimProgress } from '../src/elements/prim-progress.js';
import { buildFeed } from './fixtures.js';
import { $, $$, axeViolations, cleanup, mount, openTable, textOf } from './mount.js';

afterEach(cleanup);

const mountProgress = (attrs: string, width = 480) =>
  mount<PrimProgress>(
    `<prim-progress ${attrs}></prim-progress>`,
    (e) => (e.feed = buildFeed()),
    width,
  );

describe('prim-progress', () => {
  it('says once that data is stale, naming the two indicators that last reported the same period', async () => {
    const feed = buildFeed({ thresholds: { staleAfterDays: 100 } });
    const el = await mount<PrimProgress>(
      '<prim-progress lang="fr" as-of="2022-12-31"></prim-progress>',
      (e) =>
        (e.feed = {
          ...feed,
          observations: feed.observations.map((o) =>
            o.indicator === 'baom-coverage' ? { ...o, period: '2022-08' } : o,
          ),
        }),
    );
    const notices = $$(el, '[part="footer"] [part="notice"]').map((n) => n.textContent?.trim());
    expect(notices).toEqual([
      'Données anciennes : Projets financés et Communes dotées d’un BAOM, dernière observation août 2022.',
    ]);
  });

  it('draws one bullet per indicator with a target by default', async () => {
    const el = await mountProgress('lang="fr"');
    expect($$(el, '.bullet-chart g.row')).toHaveLength(2);
    const text = textOf(el);
    expect(text).toContain('Avancement vers les cibles');
    expect(text).toContain('63 / 100 projets · En retard');
    expect(text).toContain('15 / 12 · Atteint');
  });

  it('shows the indicators the attribute names, in its order', async () => {
    const el = await mountProgress('lang="en" indicators="baom-coverage"');
    const rows = $$(el, '.bullet-chart g.row');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('Communes with a BAOM');
    expect($(el, '[data-shape="check"]')).not.toBeNull();
  });

  it('lets the as-of date change the expected value and the status', async () => {
    const el = await mountProgress('lang="en" indicators="fund-completion" as-of="2022-08-31"');
    expect(textOf(el)).toContain('Data as of 31 August 2022');
    expect(textOf(el)).toContain('5 / 100 projects');
  });

  it('lists the numbers in its data table', async () => {
    const el = await mountProgress('lang="fr"');
    await openTable(el);
    const cells = [...($(el, 'details tbody tr')?.children ?? [])].map((c) =>
      c.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual(['Projets financés', '63', '100', '94', '63 %', 'En retard', 'mai 2024']);
  });

  it('mirrors in Arabic and passes axe', async () => {
    const el = await mountProgress('lang="ar"', 360);
    expect($(el, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    expect(textOf(el)).toContain('متأخر');
    expect(await axeViolations(el)).toEqual([]);
  });
});
