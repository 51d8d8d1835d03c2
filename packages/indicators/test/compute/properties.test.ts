/** Properties that must hold for any valid feed, checked on random ones with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  breakdown,
  computeIndicators,
  coverage,
  footfall,
  fundCompletion,
  fundPipeline,
  parity,
  series,
  withheldByPeriod,
  type ComputeOptions,
  type SeriesPoint,
} from '../../src/index.js';
import { compatible, overlapInTime } from '../../src/compute/cells.js';
import type { Resolved } from '../../src/compute/conflicts.js';
import { contextOf } from '../../src/compute/context.js';
import { byCoarseness, pickDisjoint } from '../../src/compute/disjoint.js';
import type { Feed, Observation } from '../../src/schema/types.js';
import { DIMENSIONS, indicator, makeFeed, obs, SOURCES } from '../fixtures/make-feed.js';
import {
  amount,
  DATES,
  feedArb,
  ids,
  INDICATORS,
  option,
  PERIODS,
} from '../fixtures/random-feed.js';

const optionsArb = fc.record({
  asOf: option(fc.constantFrom(...DATES)),
  filter: option(
    fc.record({
      region: option(ids(DIMENSIONS.region)),
      sex: option(fc.constantFrom('female' as const, 'male' as const)),
      from: option(fc.constantFrom(...DATES)),
    }),
  ),
});

/** Every number found anywhere in a value. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

const clean = (o: Record<string, unknown>) => {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
};

describe('properties of every computation', () => {
  it('never lets NaN or Infinity out', () => {
    fc.assert(
      fc.property(feedArb, optionsArb, (feed, opts) => {
        const options = clean({ ...opts, filter: opts.filter && clean({ ...opts.filter }) });
        const results = [
          computeIndicators(feed, options),
          footfall(feed, options),
          coverage(feed, options),
          fundCompletion(feed, options),
          fundPipeline(feed, options),
          ...INDICATORS.map((i) => series(feed, i.id, { ...options, by: 'month' })),
          ...INDICATORS.map((i) => breakdown(feed, i.id, 'sex', options)),
        ];
        for (const n of numbers(results)) expect(Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every share within [0, 1]', () => {
    fc.assert(
      fc.property(feedArb, (feed) => {
        const shares = [
          ...parity(feed).map((p) => p.shareWomen),
          ...footfall(feed).byProfile.map((r) => r.share),
          footfall(feed).seasonality.julyAugustShare,
        ];
        for (const s of shares) if (s !== undefined) expect(s >= 0 && s <= 1).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('properties of stocks and ratios', () => {
  const stock = indicator('stock', { aggregation: 'last' });

  it('never sums a stock over time: one series never exceeds its largest value', () => {
    const arb = fc.record({
      values: fc.array(fc.tuple(fc.constantFrom(...PERIODS), amount), {
        minLength: 1,
        maxLength: 12,
      }),
      asOf: fc.constantFrom(...DATES),
      from: option(fc.constantFrom(...DATES)),
      by: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const, 'period' as const),
    });
    fc.assert(
      fc.property(arb, ({ values, asOf, from, by }) => {
        const feed = makeFeed({
          indicators: [stock],
          asOf,
          observations: values.map(([period, value], i) => ({
            indicator: 'stock',
            period,
            value,
            source: SOURCES[i % SOURCES.length]?.id ?? 'eval',
          })),
        });
        const max = Math.max(...values.map(([, v]) => v));
        const filter = from === undefined ? undefined : { from };
        const a = aggregate(feed, 'stock', { filter });
        if (a.value !== undefined) expect(a.value).toBeLessThanOrEqual(max);
        for (const p of series(feed, 'stock', { by, filter })) {
          if (p.value !== undefined) expect(p.value).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sums a stock across places but never beyond each place’s largest value', () => {
    fc.assert(
      fc.property(feedArb, (feed) => {
        const cells = feed.observations.filter((o) => o.indicator === 'fund-completion');
        const maxPerPlace = new Map<string, number>();
        for (const o of cells) {
          const key = [o.region, o.commune, o.sex, o.profile, o.activity, o.call].join('|');
          maxPerPlace.set(key, Math.max(maxPerPlace.get(key) ?? 0, o.value ?? 0));
        }
        const bound = [...maxPerPlace.values()].reduce((s, v) => s + v, 0);
        const value = aggregate(feed, 'fund-completion').value;
        if (value !== undefined) expect(value).toBeLessThanOrEqual(bound * (1 + 1e-12));
      }),
      { numRuns: 150 },
    );
  });

  it('recomputes a ratio as Σnumerator ÷ Σdenominator', () => {
    const cellArb = fc
      .uniqueArray(
        fc.record({
          period: fc.constantFrom('2021-01', '2021-02', '2021-03', '2022-07'),
          region: ids(DIMENSIONS.region),
          numerator: fc.integer({ min: 0, max: 500 }),
          denominator: fc.integer({ min: 1, max: 500 }),
        }),
        { selector: (c) => `${c.period}|${c.region}`, minLength: 1 },
      )
      .map((cells) =>
        cells.map((c) => ({ ...c, numerator: Math.min(c.numerator, c.denominator) })),
      );
    fc.assert(
      fc.property(cellArb, (parts) => {
        const feed = makeFeed({
          indicators: [indicator('rate', { kind: 'ratio', aggregation: 'ratio' })],
          observations: parts.map((p) => ({ indicator: 'rate', source: 'eval', ...p })),
        });
        const num = parts.reduce((s, p) => s + p.numerator, 0);
        const den = parts.reduce((s, p) => s + p.denominator, 0);
        const value = aggregate(feed, 'rate').value;
        if (den === 0) expect(value).toBeUndefined();
        else expect(value).toBeCloseTo(num / den, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('counts a reported total once, whatever parts are reported beside it', () => {
    const partArb = fc.array(
      fc
        .record({
          sex: option(fc.constantFrom('female' as const, 'male' as const)),
          profile: option(ids(DIMENSIONS.profile)),
          value: fc.integer({ min: 0, max: 100 }),
        })
        .filter((p) => p.sex !== undefined || p.profile !== undefined), // else a second total
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), partArb, (total, parts) => {
        const feed = makeFeed({
          indicators: [indicator('visits')],
          observations: [
            ...parts.map((p) =>
              clean({ indicator: 'visits', period: '2023-01', source: 'eval', ...p }),
            ),
            { indicator: 'visits', period: '2023-01', value: total, source: 'eval' },
          ] as Observation[],
        });
        expect(aggregate(feed, 'visits').value).toBe(total);
      }),
      { numRuns: 200 },
    );
  });
});

describe('remembered results (compute/memo.ts)', () => {
  const everything = (feed: Feed, options: ComputeOptions) => [
    footfall(feed, options),
    coverage(feed, options),
    fundCompletion(feed, options),
    withheldByPeriod(feed, 'baom-footfall', options),
    ...INDICATORS.map((i) => aggregate(feed, i.id, options)),
    ...INDICATORS.map((i) => series(feed, i.id, { ...options, by: 'quarter' })),
    ...INDICATORS.map((i) => breakdown(feed, i.id, 'region', options)),
  ];

  it('answers a question the same way whatever was asked of the feed before', () => {
    fc.assert(
      fc.property(feedArb, optionsArb, optionsArb, (feed, a, b) => {
        const first = clean({ ...a, filter: a.filter && clean({ ...a.filter }) });
        const second = clean({ ...b, filter: b.filter && clean({ ...b.filter }) });
        const asked = [everything(feed, first), everything(feed, second)];
        // A copy of the feed is a new object, so nothing remembered can answer for it.
        expect(asked[0]).toEqual(everything(structuredClone(feed), first));
        expect(asked[1]).toEqual(everything(structuredClone(feed), second));
        expect(everything(feed, first)).toEqual(asked[0]);
      }),
      { numRuns: 150 },
    );
  });

  it('shares one frozen result, so no caller can change what the next one sees', () => {
    const feed = makeFeed({
      indicators: INDICATORS,
      observations: [obs('baom-footfall', '2024-07', 5), obs('baom-footfall', '2024-08', 9)],
    });
    const points = series(feed, 'baom-footfall', { by: 'month' });
    expect(series(feed, 'baom-footfall', { by: 'month' })).toBe(points);
    expect(() => (points as SeriesPoint[]).reverse()).toThrow(TypeError);
    expect(points.map((p) => p.value)).toEqual([5, 9]);
    expect(series(feed, 'baom-footfall', { by: 'month', filter: { sex: 'male' } })).toEqual([]);
  });
});

describe('choice of disjoint cells (compute/disjoint.ts)', () => {
  /** The rule as first written: compare a candidate with every cell already taken. */
  function pickByComparingAll(items: readonly Resolved[], timeless: boolean): Resolved[] {
    const taken: Resolved[] = [];
    for (const item of [...items].sort(byCoarseness)) {
      const clash = taken.some(
        (t) => compatible(t.cell, item.cell) && (timeless || overlapInTime(t.cell, item.cell)),
      );
      if (!clash) taken.push(item);
    }
    return taken;
  }

  // Many cells of one indicator over few places, so that totals, parts and periods overlap.
  const denseArb = fc
    .array(
      fc.record({
        period: fc.constantFrom(...PERIODS),
        region: option(ids(DIMENSIONS.region)),
        sex: option(fc.constantFrom('female' as const, 'male' as const)),
        profile: option(ids(DIMENSIONS.profile)),
      }),
      { maxLength: 40 },
    )
    .map((rows) =>
      makeFeed({
        indicators: INDICATORS,
        observations: rows.map(({ period, ...dims }, i) =>
          obs('baom-footfall', period, i, clean({ ...dims })),
        ),
      }),
    );

  it('takes exactly the cells that comparing every pair would', () => {
    fc.assert(
      fc.property(fc.oneof(feedArb, denseArb), fc.boolean(), (feed, timeless) => {
        for (const cells of contextOf(feed).cells.values()) {
          const items = cells.map((cell) => ({ cell, sources: [cell.obs.source] }));
          const fast = pickDisjoint(items, byCoarseness, timeless).map((r) => r.cell.index);
          const slow = pickByComparingAll(items, timeless).map((r) => r.cell.index);
          expect(fast).toEqual(slow);
        }
      }),
      { numRuns: 500 },
    );
  });
});
