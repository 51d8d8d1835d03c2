import { afterEach, describe, expect, it } from 'vitest';
import '../src/define/prim-parity.js';
import type { PrimParity } from '../src/elements/prim-parity.js';
import { buildFeed, HOSTILE } from './fixtures.js';
import { toCsv } from '../src/table/csv.js';
import { $, $$, axeViolations, cleanup, mount, openTable, textOf } from './mount.js';

afterEach(cleanup);

const mountParity = (attrs: string, width = 480) =>
  mount<PrimParity>(`<prim-parity ${attrs}></prim-parity>`, (e) => (e.feed = buildFeed()), width);

const rowsOf = (el: Element) =>
  $$(el, '.parity-chart g.row').map((g) => ({
    status: g.getAttribute('data-status'),
    text: (g.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));

describe('prim-parity', () => {
  it('shows every activity against the 50% line, in French', async () => {
    const el = await mountParity('lang="fr"');
    const rows = rowsOf(el);
    expect(rows.map((r) => r.status)).toEqual(['below', 'below', 'meets', 'unknown']);
    expect(rows[0]?.text).toContain('Formation Souss-Massa');
    expect(rows[0]?.text).toContain('27,5 % · Sous la parité · Femmes 11 · Hommes 29');
    expect(rows[1]?.text).toContain('37 % · Sous la parité');
    expect(rows[2]?.text).toContain('52,6 % · Parité atteinte');
    // The parity line crosses each track, one segment per activity.
    expect($$(el, '.parity-chart line.threshold')).toHaveLength(4);
  });

  it('draws the parity line across the tracks only, never through names and captions', async () => {
    for (const width of [320, 600]) {
      const el = await mountParity('lang="fr"', width);
      const texts = $$(el, '.parity-chart g.row text').map((t) => t.getBoundingClientRect());
      const lines = $$(el, '.parity-chart line.threshold').map((l) => l.getBoundingClientRect());
      for (const line of lines) {
        for (const text of texts) {
          const overlaps =
            line.left <= text.right &&
            line.right >= text.left &&
            line.top < text.bottom &&
            line.bottom > text.top;
          expect(overlaps).toBe(false);
        }
      }
      cleanup();
    }
  });

  it('wraps a long activity name on a phone instead of cutting it with …', async () => {
    const feed = buildFeed();
    const name = 'Formation genre et migration des cadres et élu·e·s des communes';
    const el = await mount<PrimParity>(
      '<prim-parity lang="fr"></prim-parity>',
      (e) => {
        e.feed = {
          ...feed,
          activities: feed.activities?.map((a) =>
            a.id === 'training-sm' ? { ...a, name: { fr: name } } : a,
          ),
        };
      },
      320,
    );
    const label = $(el, '.parity-chart g.row text.label') as SVGTextElement;
    const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(name);
    expect(label.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });

  it('lists a source cited under several ids once', async () => {
    const feed = buildFeed();
    const copy = { ...feed.sources[0]!, id: 'eval-2022-bis' };
    const el = await mount<PrimParity>('<prim-parity lang="fr"></prim-parity>', (e) => {
      e.feed = {
        ...feed,
        sources: [...feed.sources, copy],
        observations: feed.observations.map((o) =>
          o.activity === 'training-or' ? { ...o, source: 'eval-2022-bis' } : o,
        ),
      };
    });
    const footer = $(el, '[part="footer"]')?.textContent ?? '';
    expect(footer.split('Évaluation à mi-parcours')).toHaveLength(2);
  });

  it('leaves unknown counts empty in the CSV, not a dash', async () => {
    const el = await mountParity('lang="fr"');
    const lines = toCsv(el.dataTable!).trim().split('\r\n');
    expect(lines[0]).toBe('activity,women,men,total,share,status');
    // The Oriental trainings reported a share only; the caravan no sex breakdown.
    expect(lines).toContain('training-or,,,,0.37,below');
    expect(lines).toContain('caravan,,,40,,unknown');
  });

  it('shows an activity without a sex breakdown as unknown, not 0%', async () => {
    const el = await mountParity('lang="fr"');
    const caravan = rowsOf(el)[3];
    expect(caravan?.text).toContain('Caravane');
    expect(caravan?.text).toContain('Inconnu · Total 40');
    expect(caravan?.text).not.toContain('0 %');
    // Three markers drawn at a share, and a '?' ring for the unknown one: shapes, not colours.
    expect($$(el, '[data-shape="triangle-down"]')).toHaveLength(2);
    expect($$(el, '[data-shape="disc"]')).toHaveLength(1);
    expect($$(el, '[data-shape="unknown"]')).toHaveLength(1);
    expect($$(el, '.parity-chart rect.bar')).toHaveLength(3);
  });

  it('shows markup from the feed as text and never runs it', async () => {
    const el = await mountParity('lang="fr"');
    expect(textOf(el)).toContain(HOSTILE);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('lays out right to left in Arabic with mirrored x positions', async () => {
    const fr = await mountParity('lang="fr"', 400);
    const ar = await mountParity('lang="ar"', 400);
    expect($(ar, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    const width = Number($(fr, '.parity-chart')?.getAttribute('width'));
    const line = (el: Element) => Number($(el, 'line.threshold')?.getAttribute('x1'));
    expect(line(fr) + line(ar)).toBeCloseTo(width, 5);
    const bar = (el: Element) => {
      const r = $(el, 'rect.bar') as SVGRectElement;
      return { x: r.x.baseVal.value, w: r.width.baseVal.value };
    };
    // Bars start at the right edge in Arabic: same length, mirrored position.
    expect(bar(ar).w).toBeCloseTo(bar(fr).w, 3);
    expect(bar(ar).x).toBeCloseTo(width - bar(fr).x - bar(fr).w, 3);
    // Labels sit on the right-hand side.
    const label = $(ar, 'g.row text') as SVGTextElement;
    const box = label.getBBox();
    expect(box.x + box.width).toBeGreaterThan(width - 12);
    expect(textOf(ar)).toContain('تكوين سوس ماسة');
    expect(textOf(ar)).toContain('دون المناصفة');
  });

  it('writes percentages with Latin digits in Arabic', async () => {
    const el = await mountParity('lang="ar"');
    const text = rowsOf(el)[0]?.text ?? '';
    expect(text).toMatch(/27,5\u200e?%/);
    expect(text).not.toMatch(/[\u0660-\u0669]/);
  });

  it('says that no activity matches the filters', async () => {
    const el = await mountParity('lang="en" region="nowhere"');
    expect($(el, '[part="empty"]')?.textContent).toContain('No data for these filters');
  });

  it('folds the data table under the chart, built when opened', async () => {
    const el = await mountParity('lang="en"');
    expect($(el, 'details')?.hasAttribute('open')).toBe(false);
    expect($(el, 'details table')).toBeNull();
    await openTable(el);
    const table = $(el, 'details table');
    // Its styles come with its code (a table of ruled cells, not the browser's default).
    expect(table && getComputedStyle(table).borderCollapse).toBe('collapse');
    expect($(el, 'details summary')?.textContent).toContain('Data table');
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(table?.querySelector('tbody tr')?.textContent).toContain('Souss-Massa training');
  });

  it('has no axe violations', async () => {
    const el = await mountParity('lang="fr"');
    expect(await axeViolations(el)).toEqual([]);
    const ar = await mountParity('lang="ar" theme="dark"', 320);
    expect(await axeViolations(ar)).toEqual([]);
  });
});
