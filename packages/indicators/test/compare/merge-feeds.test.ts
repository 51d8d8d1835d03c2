import { describe, expect, it } from 'vitest';
import { mergeFeeds } from '../../src/compare/merge-feeds.js';
import { qualityFlags } from '../../src/compute/flags/index.js';
import { parseFeed } from '../../src/parse/parse-feed.js';
import { DIMENSIONS, indicator, makeFeed, obs, SOURCES } from '../fixtures/make-feed.js';

const FUNDED = indicator('projects-funded', { aggregation: 'last', cumulative: true });
const FOOTFALL = indicator('baom-footfall');

/** The workbook's feed: programme indicators and the figures of the evaluation. */
const workbook = makeFeed({
  indicators: [FUNDED],
  observations: [obs('projects-funded', '2023', 60, { source: 'eval' })],
});

/** The registers' aggregate: the same frame, other figures, a region the workbook lacks. */
const registers = makeFeed({
  sources: [SOURCES[5]!],
  dimensions: {
    region: [...DIMENSIONS.region, { id: 'draa', name: { fr: 'Drâa-Tafilalet' } }],
    sex: DIMENSIONS.sex,
  },
  indicators: [FOOTFALL],
  activities: undefined,
  observations: [obs('baom-footfall', '2024-07', 120, { source: 'synthetic', region: 'draa' })],
});

describe('mergeFeeds', () => {
  it('unites definitions by id and keeps every observation', () => {
    const result = mergeFeeds([
      { name: 'workbook.json', feed: workbook },
      { name: 'registers.json', feed: registers },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.conflicts));
    const { feed } = result;
    expect(parseFeed(feed).ok).toBe(true);
    expect(feed.indicators.map((i) => i.id)).toEqual(['projects-funded', 'baom-footfall']);
    expect(feed.dimensions.region.map((r) => r.id)).toEqual(['souss-massa', 'oriental', 'draa']);
    expect(feed.sources).toHaveLength(SOURCES.length);
    expect(feed.observations).toHaveLength(2);
  });

  it('keeps two sources’ differing figures for the same cell, so the model flags the conflict', () => {
    const press = makeFeed({
      indicators: [FUNDED],
      observations: [obs('projects-funded', '2023', 63, { source: 'press' })],
    });
    const result = mergeFeeds([
      { name: 'workbook.json', feed: workbook },
      { name: 'press.json', feed: press },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.conflicts));
    expect(result.feed.observations.map((o) => [o.value, o.source])).toEqual([
      [60, 'eval'],
      [63, 'press'],
    ]);
    const flags = qualityFlags(result.feed).filter((f) => f.code === 'conflicting-sources');
    expect(flags.map((f) => [f.indicator, f.sources])).toEqual([
      ['projects-funded', ['press', 'eval']],
    ]);
  });

  it('brings the same observation from two inputs once, and keeps repeats inside one input', () => {
    const twice = makeFeed({
      indicators: [FUNDED],
      observations: [obs('projects-funded', '2023', 60), obs('projects-funded', '2023', 60)],
    });
    const result = mergeFeeds([
      { name: 'a.json', feed: workbook },
      { name: 'b.json', feed: workbook },
      { name: 'c.json', feed: twice },
    ]);
    expect(result.ok && result.feed.observations).toHaveLength(2);
  });

  it('refuses an id defined differently in two inputs, naming the id and both inputs', () => {
    const renamed = makeFeed({
      indicators: [{ ...FUNDED, name: { en: 'Projects financed' } }],
      observations: [],
    });
    const otherProgramme = makeFeed({ programme: { ...workbook.programme, end: '2025-12-31' } });
    const result = mergeFeeds([
      { name: 'workbook.json', feed: workbook },
      { name: 'iati.json', feed: renamed },
      { name: 'fund.json', feed: otherProgramme },
    ]);
    expect(result.ok ? [] : result.conflicts).toEqual([
      { kind: 'programme', inputs: ['workbook.json', 'fund.json'] },
      { kind: 'indicator', id: 'projects-funded', inputs: ['workbook.json', 'iati.json'] },
    ]);
  });

  it('takes the latest asOf of the inputs', () => {
    const later = makeFeed({ asOf: '2024-12-31' });
    const result = mergeFeeds([
      { name: 'a', feed: later },
      { name: 'b', feed: workbook },
    ]);
    expect(result.ok && result.feed.asOf).toBe('2024-12-31');
  });
});
