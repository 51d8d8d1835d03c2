/**
 * Random valid feeds that use every field of the schema, for the workbook round trip.
 * Text is never blank (a blank cell is an absent field) and optional lists, when present,
 * are never empty where the workbook cannot tell empty from absent (see README).
 */
import type { Feed } from '@prim/indicators';
import fc from 'fast-check';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Letters of the three languages, digits, punctuation and inner spaces; never blank. */
const text = fc
  .array(fc.constantFrom(...'aéZ مرحبا 12,5;"=-+@\'’/ç'.split('')), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join(''))
  .filter((s) => s.trim() !== '');
const multi = fc
  .record({ fr: opt(text), ar: opt(text), en: opt(text) })
  .filter((t) => t.fr !== undefined || t.ar !== undefined || t.en !== undefined);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,8}$/);
const amount = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
);
const share = fc.double({ min: 0, max: 1, noNaN: true });
const date = fc
  .date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const period = fc.oneof(
  fc.integer({ min: 2015, max: 2030 }).map(String),
  fc
    .tuple(fc.integer({ min: 2015, max: 2030 }), fc.constantFrom('H1', 'Q3', '07', '12'))
    .map(([y, p]) => `${y}-${p}`),
  date,
  fc.tuple(date, date).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
);
const currency = fc.constantFrom('MAD', 'EUR', 'USD');

/** Removes the keys whose value is undefined (fast-check's nil), as JSON would. */
const clean = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const uniqueIds = (min: number, max: number) =>
  fc.uniqueArray(id, { minLength: min, maxLength: max });

export const feedArb: fc.Arbitrary<Feed> = fc
  .record({
    regionIds: uniqueIds(1, 3),
    communeIds: opt(uniqueIds(0, 3)),
    profileIds: opt(uniqueIds(0, 2)),
    sexes: opt(fc.subarray(['female', 'male'] as const)),
    callIds: opt(uniqueIds(0, 2)),
    sourceIds: uniqueIds(1, 3),
    indicatorIds: uniqueIds(1, 4),
    activityIds: opt(uniqueIds(0, 2)),
  })
  .chain((ids) => {
    const pick = <T>(list: readonly T[] | undefined) =>
      list && list.length > 0 ? opt(fc.constantFrom(...list)) : fc.constant(undefined);
    const point = fc.record({
      value: amount,
      date,
      region: pick(ids.regionIds),
      source: pick(ids.sourceIds),
      note: opt(text),
    });
    const span = fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
    return fc.record({
      $schema: opt(fc.constant('https://prim.ma/schemas/prim-feed-1.schema.json')),
      schema: fc.constant('prim-feed/1' as const),
      programme: fc.record({
        id,
        name: multi,
        span,
        budget: opt(fc.record({ amount, currency })),
        regions: fc.subarray(ids.regionIds),
        funder: opt(text),
        implementer: opt(text),
        url: opt(text),
      }),
      asOf: date,
      locales: opt(
        fc
          .record({
            fr: opt(fc.constant('fr-MA')),
            ar: opt(fc.constant('ar-MA')),
            en: opt(fc.constant('en')),
          })
          .filter((l) => Object.values(l).some((v) => v !== undefined)),
      ),
      thresholds: opt(
        fc
          .record({
            onTrack: opt(share),
            atRisk: opt(share),
            parity: opt(share),
            staleAfterDays: opt(fc.integer({ min: 1, max: 2000 })),
          })
          .filter((t) => Object.values(t).some((v) => v !== undefined)),
      ),
      sources: fc.tuple(
        ...ids.sourceIds.map((sid) =>
          fc.record({
            id: fc.constant(sid),
            title: text,
            lang: opt(fc.constantFrom('fr', 'ar', 'en', 'es-ES')),
            titles: opt(multi),
            url: opt(text),
            publisher: opt(text),
            date: opt(period),
            quote: opt(text),
            kind: opt(
              fc.constantFrom('public', 'document', 'synthetic') as fc.Arbitrary<
                'public' | 'document' | 'synthetic'
              >,
            ),
            note: opt(text),
          }),
        ),
      ),
      dimensions: fc.record({
        region: fc.tuple(
          ...ids.regionIds.map((rid) => fc.record({ id: fc.constant(rid), name: multi })),
        ),
        commune: ids.communeIds
          ? fc.tuple(
              ...ids.communeIds.map((cid) =>
                fc.record({
                  id: fc.constant(cid),
                  region: fc.constantFrom(...ids.regionIds),
                  name: multi,
                  kind: opt(text),
                }),
              ),
            )
          : fc.constant(undefined),
        profile: ids.profileIds
          ? fc.tuple(
              ...ids.profileIds.map((pid) => fc.record({ id: fc.constant(pid), name: multi })),
            )
          : fc.constant(undefined),
        sex: ids.sexes
          ? fc.tuple(...ids.sexes.map((s) => fc.record({ id: fc.constant(s), name: multi })))
          : fc.constant(undefined),
        call: ids.callIds
          ? fc.tuple(
              ...ids.callIds.map((cid) =>
                fc.record({
                  id: fc.constant(cid),
                  name: multi,
                  region: pick(ids.regionIds),
                  span: opt(span),
                }),
              ),
            )
          : fc.constant(undefined),
      }),
      indicators: fc.tuple(
        ...ids.indicatorIds.map((iid) =>
          fc.record({
            id: fc.constant(iid),
            component: opt(fc.integer({ min: 1, max: 5 })),
            name: multi,
            description: opt(multi),
            unit: opt(multi),
            kind: fc.constantFrom('count', 'ratio', 'currency') as fc.Arbitrary<
              'count' | 'ratio' | 'currency'
            >,
            aggregation: fc.constantFrom('sum', 'last', 'ratio') as fc.Arbitrary<
              'sum' | 'last' | 'ratio'
            >,
            cumulative: opt(fc.boolean()),
            direction: opt(
              fc.constantFrom('increase', 'decrease') as fc.Arbitrary<'increase' | 'decrease'>,
            ),
            currency: opt(currency),
            baseline: opt(point),
            target: opt(point),
            milestones: opt(fc.array(point, { minLength: 1, maxLength: 3 })),
            parity: opt(fc.record({ threshold: opt(share) })),
            staleAfterDays: opt(fc.integer({ min: 1, max: 2000 })),
            note: opt(text),
          }),
        ),
      ),
      activities: ids.activityIds
        ? fc.tuple(
            ...ids.activityIds.map((aid) =>
              fc.record({
                id: fc.constant(aid),
                name: multi,
                span,
                region: pick(ids.regionIds),
                commune: pick(ids.communeIds),
                component: opt(fc.integer({ min: 1, max: 5 })),
                kind: opt(text),
                source: pick(ids.sourceIds),
                note: opt(text),
              }),
            ),
          )
        : fc.constant(undefined),
      observations: fc.array(
        fc.record({
          indicator: fc.constantFrom(...ids.indicatorIds),
          period,
          reading: fc.oneof(
            amount.map((value) => ({ value })),
            fc.integer({ min: 1, max: 10 }).map((below) => ({ suppressed: { below } })),
            fc
              .tuple(amount, amount)
              .map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) || 1 })),
            fc.tuple(amount, amount, amount).map(([v, a, b]) => ({
              value: v,
              numerator: Math.min(a, b),
              denominator: Math.max(a, b) || 1,
            })),
          ),
          qualifier: opt(
            fc.constantFrom('approximate', 'at-least') as fc.Arbitrary<'approximate' | 'at-least'>,
          ),
          currency: opt(currency),
          region: pick(ids.regionIds),
          commune: pick(ids.communeIds),
          sex: pick(ids.sexes),
          profile: pick(ids.profileIds),
          activity: pick(ids.activityIds),
          call: pick(ids.callIds),
          source: fc.constantFrom(...ids.sourceIds),
          synthetic: opt(fc.boolean()),
          note: opt(text),
        }),
        { maxLength: 12 },
      ),
      note: opt(multi),
    });
  })
  .map((f) => {
    const { span: pspan, ...programme } = f.programme;
    // Only plausible feeds (parseFeed's checks): a ratio indicator's figures are shares, and
    // a commune lies in the region an observation or activity names with it.
    const ratios = new Set(f.indicators.filter((i) => i.kind === 'ratio').map((i) => i.id));
    const share = <T extends { value: number }>(p: T | undefined): T | undefined =>
      p && { ...p, value: Math.min(p.value, 1) };
    const regionOf = new Map((f.dimensions.commune ?? []).map((c) => [c.id, c.region]));
    const placed = <T extends { region?: string; commune?: string }>(x: T): T =>
      x.commune !== undefined && x.region !== undefined
        ? { ...x, region: regionOf.get(x.commune) ?? x.region }
        : x;
    f = {
      ...f,
      indicators: f.indicators.map((i) =>
        ratios.has(i.id)
          ? {
              ...i,
              baseline: share(i.baseline),
              target: share(i.target),
              milestones: i.milestones?.map((m) => share(m)!),
            }
          : i,
      ),
      activities: f.activities?.map(placed),
      observations: f.observations.map((o) => {
        const r = o.reading;
        const value =
          ratios.has(o.indicator) && 'value' in r ? { ...r, value: Math.min(r.value, 1) } : r;
        return placed({ ...o, reading: value });
      }),
    };
    return clean({
      ...f,
      programme: { ...programme, start: pspan[0], end: pspan[1] },
      dimensions: {
        ...f.dimensions,
        call: f.dimensions.call?.map(({ span, ...c }) => ({
          ...c,
          opened: span?.[0],
          closed: span?.[1],
        })),
      },
      activities: f.activities?.map(({ span, ...a }) => ({ ...a, start: span[0], end: span[1] })),
      observations: f.observations.map(({ reading, ...o }) => ({ ...o, ...reading })),
    }) as unknown as Feed;
  });
