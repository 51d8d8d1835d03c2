import { describe, expect, it } from 'vitest';
import { series } from '../../src/index.js';
import { formatterFor, seriesTable } from '../../src/present/index.js';
import { indicator, makeFeed, obs, SOURCES } from '../fixtures/make-feed.js';

const funded = indicator('funded', { aggregation: 'last', cumulative: true });
const feed = makeFeed({
  sources: [...SOURCES, { id: 'note', title: 'Note de mission', lang: 'fr', kind: 'document' }],
  indicators: [funded],
  observations: [
    obs('funded', '2022-06', 27, { qualifier: 'at-least', source: 'note' }),
    obs('funded', '2023-06', 60, { qualifier: 'approximate', source: 'press' }),
  ],
});

describe('seriesTable', () => {
  const points = series(feed, 'funded', { by: 'period' });

  it('writes each reported value with its bound, as the cards do', () => {
    const t = seriesTable(feed, funded, points, formatterFor('fr', 'fr-MA'));
    expect(t.rows.map((r) => r[1]?.text)).toEqual(['≥ 27', '≈ 60']);
    expect(t.rows.map((r) => r[1]?.raw)).toEqual([27, 60]);
  });

  it('names sources by title for the reader and by id in the CSV', () => {
    const t = seriesTable(feed, funded, points, formatterFor('en', 'en-GB'));
    expect(t.rows[0]?.[2]).toEqual({ text: 'Note de mission (French)', raw: 'note' });
    expect(t.columns.map((c) => c.label)).toEqual(['Period', 'Value', 'Source']);
  });
});
