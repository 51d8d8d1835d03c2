import { describe, expect, it } from 'vitest';
import { parity, parityOf } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

const participants = indicator('participants', { parity: {} });
const share = indicator('participants-women-share', {
  kind: 'ratio',
  aggregation: 'ratio',
  parity: {},
});

const seedFeed = makeFeed({
  indicators: [participants, share],
  thresholds: { parity: 0.5 },
  observations: [
    // PRIM dans le Souss-Massa: training of 14–23 Nov 2022, 29 men and 11 women
    obs('participants', '2022-11-14/2022-11-23', 11, {
      activity: 'sm-training-2022-11',
      sex: 'female',
      source: 'brochure',
    }),
    obs('participants', '2022-11-14/2022-11-23', 29, {
      activity: 'sm-training-2022-11',
      sex: 'male',
      source: 'brochure',
    }),
    // Mid-term evaluation: 90 agents trained in the Oriental in Oct 2022, 37% women
    obs('participants', '2022-10', 90, { activity: 'or-trainings-2022-10' }),
    obs('participants-women-share', '2022-10', 0.37, { activity: 'or-trainings-2022-10' }),
    // "plus de 80" at the planning sessions, no breakdown by sex
    obs('participants', '2022-05', 80, { activity: 'or-planning', qualifier: 'at-least' }),
  ],
});

describe('parityOf', () => {
  it('gives the share of women and the Gender Parity Index', () => {
    const p = parityOf(11, 29);
    expect(p.shareWomen).toBe(0.275);
    expect(p.gpi).toBeCloseTo(0.3793103448, 9);
    expect(p.status).toBe('below');
    expect(parityOf(20, 20).status).toBe('meets');
  });

  it('is unknown without both counts, and never divides by zero', () => {
    expect(parityOf(11, undefined)).toEqual({ status: 'unknown' });
    expect(parityOf(undefined, 29)).toEqual({ status: 'unknown' });
    expect(parityOf(0, 0)).toEqual({ status: 'unknown' });
    expect(parityOf(5, 0)).toEqual({ shareWomen: 1, status: 'meets' });
  });

  it('uses the given threshold', () => {
    expect(parityOf(11, 29, 0.25).status).toBe('meets');
  });
});

describe('parity per activity', () => {
  const results = parity(seedFeed);
  const of = (id: string) => results.find((r) => r.activity === id);

  it('finds the Souss-Massa Nov 2022 training below parity: 27.5% women, GPI 0.379', () => {
    const r = of('sm-training-2022-11');
    expect(r).toMatchObject({
      women: 11,
      men: 29,
      total: 40,
      shareWomen: 0.275,
      threshold: 0.5,
      status: 'below',
      basis: 'counts',
      sources: ['brochure'],
    });
    expect(r?.gpi).toBeCloseTo(0.379, 3);
  });

  it('uses the reported 37% share for the Oriental Oct 2022 trainings of 90 agents', () => {
    const r = of('or-trainings-2022-10');
    expect(r).toMatchObject({
      women: undefined,
      men: undefined,
      total: 90,
      shareWomen: 0.37,
      status: 'below',
      basis: 'reported-share',
    });
    expect(r?.gpi).toBeCloseTo(0.37 / 0.63, 12);
  });

  it('says unknown, not zero, when a total has no sex breakdown, and keeps the total', () => {
    expect(of('or-planning')).toMatchObject({
      total: 80,
      qualifier: 'at-least',
      shareWomen: undefined,
      gpi: undefined,
      status: 'unknown',
      basis: 'none',
    });
  });

  it('gives one result per activity with a parity measure, in the feed’s order', () => {
    expect(results.map((r) => r.activity)).toEqual([
      'sm-training-2022-11',
      'or-trainings-2022-10',
      'or-planning',
    ]);
  });

  it('takes the threshold from the indicator before the feed', () => {
    const feed = makeFeed({
      ...seedFeed,
      indicators: [{ ...participants, parity: { threshold: 0.25 } }, share],
    });
    expect(parity(feed).find((r) => r.activity === 'sm-training-2022-11')).toMatchObject({
      threshold: 0.25,
      status: 'meets',
    });
  });

  it('cannot know the share when a count by sex is suppressed', () => {
    const feed = makeFeed({
      indicators: [participants],
      observations: [
        obs('participants', '2022-11', undefined, {
          activity: 'sm-training-2022-11',
          sex: 'female',
          suppressed: { below: 5 },
        }),
        obs('participants', '2022-11', 29, { activity: 'sm-training-2022-11', sex: 'male' }),
      ],
    });
    expect(parity(feed)[0]).toMatchObject({ status: 'unknown', suppressed: true, men: 29 });
  });

  it('does not take a reported "share" above 1 for a share', () => {
    // parseFeed rejects such a feed; a Feed built in code can still hold one.
    const feed = {
      ...makeFeed({ indicators: [share], observations: [] }),
      observations: [obs('participants-women-share', '2022-10', 1.4, { activity: 'or-planning' })],
    };
    expect(parity(feed)[0]).toMatchObject({
      shareWomen: undefined,
      status: 'unknown',
      basis: 'none',
    });
  });
});
