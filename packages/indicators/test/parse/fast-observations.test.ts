/**
 * The fast check of observations (for large feeds) must agree with zod: whatever it accepts,
 * zod accepts and builds into the very same object, keys in the same order; whatever zod
 * accepts from JSON, it accepts too (or large feeds would fall back to the slow path).
 * Errors are zod's own (the fast check never makes one), so they keep their JSON paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';
import { fastObservation } from '../../src/parse/fast-observations.js';
import { tooDeepAt } from '../../src/parse/nesting-depth.js';
import { observationSchema } from '../../src/schema/feed-schema.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';
import { feedArb } from '../fixtures/random-feeds.js';

const FIELDS = [
  'indicator',
  'period',
  'value',
  'numerator',
  'denominator',
  'suppressed',
  'qualifier',
  'currency',
  'region',
  'commune',
  'sex',
  'profile',
  'activity',
  'call',
  'source',
  'synthetic',
  'note',
  'unknown',
  '__proto__',
];

/** Values that sit on the edges of some field's rule, beside arbitrary JSON. */
const edgy = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    0,
    -0,
    -1,
    0.5,
    1e308,
    Number.MAX_SAFE_INTEGER,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'a'.repeat(100),
    'a'.repeat(101),
    '-a',
    'a b',
    'é',
    '2022',
    '2022-13',
    '2024-02-29',
    '2023-02-29',
    '2022-H1/2024-08',
    '2023/2022',
    'approximate',
    'at-least',
    'female',
    'male',
    'MAD',
    'mad',
    'EURO',
    true,
    false,
    [],
    {},
    { below: 5 },
    { below: 0 },
    { below: 2.5 },
    { below: 5, other: 1 },
    Object.create(null) as object,
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

const validObservation = feedArb.chain((feed) =>
  feed.observations.length > 0
    ? fc.constantFrom(...feed.observations)
    : fc.constant(obs('x', '2022', 1)),
);

/** A valid observation with some fields set to edge values or removed, in a shuffled order. */
const observation = fc
  .tuple(
    validObservation,
    fc.array(fc.tuple(fc.constantFrom(...FIELDS), edgy, fc.boolean()), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([o, edits, reversed]) => {
    const copy: Record<string, unknown> = { ...o };
    for (const [key, value, remove] of edits) {
      if (remove) delete copy[key];
      else
        Object.defineProperty(copy, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return reversed ? Object.fromEntries(Object.entries(copy).reverse()) : copy;
  });

describe('the fast check of observations', () => {
  // 5 000 and 3 000 random observations, in parts of 1 000 so each test stays short.
  it.each([1, 2, 3, 4, 5])(
    'accepts only what zod accepts, and builds the same object, keys in order (part %i of 5)',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof(observation, edgy), (o) => {
          const fast = fastObservation(o);
          const zod = observationSchema.safeParse(o);
          if (fast === undefined) return;
          accepted++;
          expect(zod.success).toBe(true);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
          expect(fast).toStrictEqual(zod.data);
        }),
        { numRuns: 1000 },
      );
      expect(accepted).toBeGreaterThan(100);
    },
  );

  it.each([1, 2, 3])(
    'accepts every observation from JSON text that zod accepts (part %i of 3)',
    () => {
      fc.assert(
        fc.property(observation, (o) => {
          const json: unknown = JSON.parse(JSON.stringify(o) ?? 'null');
          if (observationSchema.safeParse(json).success)
            expect(fastObservation(json)).toBeDefined();
        }),
        { numRuns: 1000 },
      );
    },
  );

  it('leaves errors to zod: a feed with one bad observation names its JSON path', () => {
    const feed = makeFeed({
      indicators: [indicator('visits')],
      observations: [obs('visits', '2023-01', 3), obs('visits', '2023-02', 4)],
    });
    const text = JSON.stringify(feed).replace('"value":4', '"value":-4');
    const r = parseFeed(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['$.observations[1].value']);
  });
});

describe('the nesting check on JSON trees', () => {
  const tree = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.integer(),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 2 }), tie('node'), { maxKeys: 3 }),
    ),
  })).node;

  it('finds the same too-deep path with or without keeping paths as it walks', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 6 }), (value, max) => {
        expect(tooDeepAt(value, max, true)).toBe(tooDeepAt(value, max, false));
      }),
      { numRuns: 2000 },
    );
  });
});
