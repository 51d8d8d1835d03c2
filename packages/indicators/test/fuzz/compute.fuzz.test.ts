/**
 * Fuzzing the computations: for any mutated feed that parses (fully or partially), every
 * computation returns without throwing and no NaN or Infinity reaches a result, where a
 * widget would print it as text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicators, parseFeed, type Feed } from '../../src/index.js';
import { mutate, mutation, nonFinite, smallPrimFeed } from './fuzz-helpers.js';

const base = smallPrimFeed();

/** Numbers that are not amounts: a component number, a parity threshold. */
const NOT_AMOUNTS = new Set(['component', 'threshold']);

function usable(input: unknown): Feed | undefined {
  const result = parseFeed(input);
  return result.ok ? result.feed : result.partial;
}

describe('computeIndicators under fuzzing', () => {
  it('returns finite numbers for every mutated feed that parses', () => {
    let computed = 0;
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.option(fc.constantFrom('2020-01-01', '2022-06-30', '2024-08-31', '2031-12-31')),
        (mutations, asOf) => {
          const feed = usable(mutate(base, mutations));
          if (!feed) return;
          computed++;
          const report = computeIndicators(feed, asOf ? { asOf } : {});
          expect(nonFinite(report)).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
    // The mutations must leave most feeds usable, or this test would prove nothing.
    expect(computed).toBeGreaterThan(40);
    // Generous: each run computes the whole PRIM feed, on a busy 2-core CI machine.
  });

  it('stays finite when every number in the feed is extreme (sums past 1e308, tiny divisors)', () => {
    let computed = 0;
    const extreme = fc.constantFrom(0, 5e-324, 1e-9, 1, 1e15, Number.MAX_SAFE_INTEGER, 1e308);
    fc.assert(
      fc.property(fc.infiniteStream(extreme), (numbers) => {
        const feed = structuredClone(base);
        const next = () => numbers.next().value as number;
        // Every count, amount, target, baseline, numerator and denominator.
        const visit = (node: unknown): void => {
          if (node === null || typeof node !== 'object') return;
          for (const [k, v] of Object.entries(node)) {
            if (typeof v === 'number' && !NOT_AMOUNTS.has(k))
              (node as Record<string, number>)[k] = next();
            else visit(v);
          }
        };
        visit(feed.observations);
        visit(feed.indicators);
        const parsed = usable(feed);
        if (!parsed) return;
        computed++;
        expect(nonFinite(computeIndicators(parsed))).toEqual([]);
      }),
      { numRuns: 60 },
    );
    expect(computed).toBeGreaterThan(30);
  });
});
