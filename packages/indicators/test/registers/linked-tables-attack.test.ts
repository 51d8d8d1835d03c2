/**
 * An attacker reads everything published from a register — people and cases, every
 * sub-population, every margin, every '< k' bound and the fact that cases are a subset
 * of people — and must not recompute any withheld count exactly.
 */
import { describe, expect, it } from 'vitest';
import { attackFeed } from './feed-attacker.js';
import { publishRandomRegister } from './random-registers.js';

const REGISTERS = 150;

describe.each([3, 5, 10])('linked tables published at k = %i', (k) => {
  it(`leave no withheld count recomputable in ${REGISTERS} random registers`, () => {
    let hidden = 0;
    const leaks: string[] = [];
    for (let seed = 1; seed <= REGISTERS; seed++) {
      const feed = publishRandomRegister(seed * 7919 + k, k);
      const attack = attackFeed(feed.observations, k, feed.truth);
      hidden += attack.hidden;
      expect(attack.undecided, `register ${seed}`).toBe(0);
      for (const p of attack.pinned) {
        leaks.push(
          `register ${seed}, ${p.set}: ${p.indicator} ${p.profile ?? 'all'} ${p.sex ?? 'all'} = ${p.value} (${p.by})`,
        );
      }
    }
    expect(leaks).toEqual([]);
    // The registers are sparse enough that much is withheld: the attack had work to do.
    expect(hidden).toBeGreaterThan(REGISTERS);
  });
});
