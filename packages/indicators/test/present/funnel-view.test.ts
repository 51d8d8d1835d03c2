import { describe, expect, it } from 'vitest';
import { formatterFor, funnelView } from '../../src/present/index.js';
import { fundFeed } from '../fixtures/make-feed.js';

const feed = fundFeed();

const fr = formatterFor('fr', 'fr-MA');
const ar = formatterFor('ar', 'ar-MA');
const en = formatterFor('en', 'en-GB');

describe('funnelView', () => {
  it('says each stage with its share of the applications, and an unknown stage in words', () => {
    const view = funnelView(feed, {}, fr);
    const sm = view.rows[0];
    expect(sm?.label).toBe('Appel 1 Souss-Massa');
    expect(sm?.stages.map((s) => [s.label, s.value, s.text])).toEqual([
      ['Candidatures', 10, '10'],
      ['Sélectionnés', 0, '0 (0\u00a0%)'],
      ['Financés', undefined, 'inconnu'],
    ]);
    expect(sm?.caption).toBe('Budget : inconnu');
  });

  it('keeps each currency apart in the caption and the table, never summed', () => {
    const view = funnelView(feed, {}, en);
    expect(view.rows[1]?.caption).toBe('Budget: MAD\u00a01,500,000 · €1,100,000');
    const budget = view.table.rows[1]?.at(-1);
    expect(budget).toEqual({
      text: 'MAD\u00a01,500,000 · €1,100,000',
      raw: '1500000 MAD; 1100000 EUR',
    });
  });

  it('gives a table whose unknowns are empty in the CSV, with stable column keys', () => {
    const view = funnelView(feed, {}, ar);
    expect(view.table.columns.map((c) => c.key)).toEqual([
      'call',
      'region',
      'applications',
      'selected',
      'funded',
      'budget',
    ]);
    expect(view.table.columns[2]?.label).toBe('الترشيحات');
    const or = view.table.rows[1];
    expect(or?.[2]).toEqual({ text: 'غير معروف', raw: undefined });
    expect(or?.[3]).toEqual({ text: '5', raw: 5 });
  });

  it('keeps one region’s calls under a region filter', () => {
    const view = funnelView(feed, { filter: { region: 'oriental' } }, fr);
    expect(view.rows.map((r) => r.call)).toEqual(['or-call-1']);
  });

  it('writes the whole funnel as a sentence for the chart’s text alternative', () => {
    expect(funnelView(feed, {}, fr).summary).toBe(
      'Appel 1 Souss-Massa: Candidatures 10, Sélectionnés 0 (0\u00a0%), Financés inconnu; Budget : inconnu. ' +
        'Appel 1 Oriental: Candidatures inconnu, Sélectionnés 5, Financés 5; Budget : 1.500.000\u00a0MAD · 1.100.000\u00a0€',
    );
  });
});
