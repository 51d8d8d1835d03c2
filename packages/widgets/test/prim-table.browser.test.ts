import { afterEach, describe, expect, it } from 'vitest';
import '../src/define/prim-parity.js';
import '../src/define/prim-table.js';
import type { PrimTable } from '../src/elements/prim-table.js';
import { toCsv } from '../src/table/csv.js';
import { buildFeed } from './fixtures.js';
import { $, $$, axeViolations, brokenWords, cleanup, mount, settle, textOf } from './mount.js';

afterEach(cleanup);

describe('prim-table', () => {
  it("lists an indicator's observations, withheld counts as '< k'", async () => {
    const el = await mount<PrimTable>(
      '<prim-table lang="fr" indicator="baom-footfall"></prim-table>',
      (e) => {
        e.feed = buildFeed();
      },
    );
    const headers = $$(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Période', 'Commune', 'Profil', 'Valeur', 'Source', 'Synthétique']);
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      'juillet 2023',
      'Tiznit',
      'MRE',
      '120',
      'Données de démonstration',
      'oui',
    ]);
    expect(rows[2]?.[3]).toBe('< 5');
    expect(textOf(el)).toContain('Données synthétiques');
    expect($(el, 'th[scope="row"]')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('lists at an as-of date only what was over by then, as every computation does', async () => {
    const el = await mount<PrimTable>(
      '<prim-table lang="fr" indicator="baom-footfall" as-of="2023-08-15"></prim-table>',
      (e) => {
        e.feed = buildFeed();
      },
    );
    const periods = $$(el, 'tbody tr').map((tr) => tr.children[0]?.textContent?.trim());
    // August 2023 is not over on 15 August: its count could not have been known yet.
    expect(periods).toEqual(['juillet 2023']);
  });

  it('shows the data behind another widget named by `for`', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const parity = document.createElement('prim-parity');
    parity.id = 'parity-1';
    parity.lang = 'en';
    parity.feed = buildFeed();
    const table = document.createElement('prim-table');
    table.setAttribute('for', 'parity-1');
    table.lang = 'en';
    container.append(parity, table);
    await settle(parity);
    await settle(table);
    expect($(table, 'caption')?.textContent?.trim()).toBe('Share of women by activity');
    expect($$(table, 'tbody tr')).toHaveLength(4);
    // It follows the widget: a filter on the widget narrows the table.
    parity.setAttribute('region', 'souss-massa');
    await settle(parity);
    await settle(table);
    expect($$(table, 'tbody tr')).toHaveLength(2);
  });

  it('offers a CSV with stable keys and raw values', async () => {
    const el = await mount<PrimTable>(
      '<prim-table lang="ar" indicator="participants"></prim-table>',
      (e) => {
        e.feed = buildFeed();
      },
    );
    expect($(el, 'button[part="download"]')?.textContent?.trim()).toBe('تنزيل (CSV)');
    const csv = toCsv(el.dataTable!);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('period,region,activity,sex,value,source');
    expect(lines[1]).toBe('2022-11,souss-massa,training-sm,female,11,eval-2022');
  });

  it('neutralises spreadsheet formulas in CSV cells', () => {
    const csv = toCsv({
      caption: 't',
      columns: [{ key: 'a', label: 'a' }],
      rows: [[{ text: '=1+1', raw: '=1+1' }], [{ text: 'a,"b"', raw: 'a,"b"' }]],
    });
    expect(csv).toBe('a\r\n\'=1+1\r\n"a,""b"""\r\n');
  });
});

describe('prim-table on a 360 px phone', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`scrolls sideways instead of breaking words (${lang})`, async () => {
      const el = await mount<PrimTable>(
        `<prim-table lang="${lang}" indicator="participants"></prim-table>`,
        (e) => {
          e.feed = buildFeed();
        },
        360,
      );
      expect(brokenWords(el, 'table')).toEqual([]);
      // Headers stay on one line each.
      for (const th of $$(el, 'thead th')) {
        const range = document.createRange();
        range.selectNodeContents(th);
        expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size).toBe(1);
      }
      const region = $(el, '.table-scroll') as HTMLElement;
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(region.getAttribute('role')).toBe('region');
      // The table is wider than the phone: the region scrolls, the page does not.
      expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    });
  }
});
