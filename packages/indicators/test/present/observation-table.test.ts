import { describe, expect, it } from 'vitest';
import { formatterFor, observationTable } from '../../src/present/index.js';
import { indicator, makeFeed, obs, SOURCES } from '../fixtures/make-feed.js';

const visits = indicator('visits', { name: { fr: 'Visites', en: 'Visits' } });
const feed = makeFeed({
  sources: [
    ...SOURCES,
    {
      id: 'report',
      title: 'Annual report',
      lang: 'en',
      titles: { fr: 'Rapport annuel' },
      kind: 'document',
    },
  ],
  indicators: [visits],
  observations: [
    obs('visits', '2022-07', 120, { commune: 'agadir', source: 'report' }),
    obs('visits', '2022-06', undefined, {
      commune: 'oujda',
      suppressed: { below: 5 },
      source: 'synthetic',
      synthetic: true,
    }),
    obs('visits', '2030-01', 9, { commune: 'agadir' }),
  ],
});

const fr = formatterFor('fr', 'fr-MA');
const ar = formatterFor('ar', 'ar-MA');

describe('observationTable', () => {
  it('lists observations by period, leaving out periods not over by the as-of date', () => {
    const t = observationTable(feed, visits, {}, fr);
    expect(t.caption).toBe('Visites');
    expect(t.columns.map((c) => c.key)).toEqual([
      'period',
      'commune',
      'value',
      'source',
      'synthetic',
    ]);
    expect(t.rows.map((r) => r[0]?.raw)).toEqual(['2022-06', '2022-07']);
    expect(t.rows[0]?.[0]?.text).toBe('juin 2022');
  });

  it('writes a withheld small count as "< k", never 0, and keeps it raw as "<k"', () => {
    const t = observationTable(feed, visits, {}, fr);
    expect(t.rows[0]?.[2]).toEqual({ text: '< 5', raw: '<5' });
    expect(t.rows[0]?.[4]).toEqual({ text: 'oui', raw: 'true' });
    expect(t).toMatchObject({ synthetic: true, sources: ['synthetic', 'report'] });
  });

  it('shows the source title the document gives in the reader’s language', () => {
    const t = observationTable(feed, visits, {}, fr);
    expect(t.rows[1]?.[3]).toEqual({ text: 'Rapport annuel', raw: 'report', lang: 'fr' });
  });

  it('otherwise marks the title with its language, in the reader’s words', () => {
    const t = observationTable(feed, visits, {}, ar);
    expect(t.rows[1]?.[3]).toEqual({
      text: 'Annual report',
      raw: 'report',
      lang: 'en',
      mark: '(الإنجليزية)',
    });
    expect(t.columns[3]?.label).toBe('المصدر');
  });

  it('keeps a commune filter', () => {
    const t = observationTable(feed, visits, { filter: { commune: 'oujda' } }, fr);
    expect(t.rows.map((r) => r[1]?.raw)).toEqual(['oujda']);
  });
});
