import { describe, expect, it } from 'vitest';
import { outOfRangeDate } from '../../../src/compute/flags/out-of-range-date.js';
import { laterFigures } from '../../../src/index.js';
import { indicator, makeFeed, obs } from '../../fixtures/make-feed.js';

describe('out-of-range-date', () => {
  const feed = makeFeed({
    indicators: [indicator('visits')],
    asOf: '2024-06-30',
    observations: [
      obs('visits', '2019', 1),
      obs('visits', '2020', 2),
      obs('visits', '2024-07', 3, { region: 'oriental', source: 'press' }),
    ],
  });

  it('says which: after the as-of date, or wholly outside the programme', () => {
    const flags = outOfRangeDate(feed);
    expect(flags.map((f) => f.message)).toEqual([
      'visits, 2019, all places: the period ends on 2019-12-31, before the programme started (2020-09-01) (source: eval).',
      "visits, 2024-07, region oriental: the period ends on 2024-07-31, after the feed's as-of date 2024-06-30, so it is not used (source: press).",
    ]);
    expect(flags[1]).toMatchObject({ period: '2024-07', region: 'oriental', observations: [2] });
  });

  it('speaks only of an earlier date the reader looks at: what came later is listed, not flagged', () => {
    const flags = outOfRangeDate(feed, { asOf: '2022-12-31' });
    expect(flags.map((f) => f.period)).toEqual(['2019']);
    expect(flags.some((f) => f.message.includes('2024-06-30'))).toBe(false);
    expect(laterFigures(feed, { asOf: '2022-12-31' })).toEqual([
      { indicator: 'visits', count: 1, span: { start: '2024-07', end: '2024-07' } },
    ]);
    expect(laterFigures(feed)).toEqual([
      { indicator: 'visits', count: 1, span: { start: '2024-07', end: '2024-07' } },
    ]);
  });

  it('flags periods after the programme’s end', () => {
    const late = makeFeed({
      indicators: [indicator('visits')],
      asOf: '2025-12-31',
      observations: [obs('visits', '2025', 1)],
    });
    expect(outOfRangeDate(late)[0]?.message).toContain(
      'starts on 2025-01-01, after the programme ended (2024-08-31)',
    );
  });
});
