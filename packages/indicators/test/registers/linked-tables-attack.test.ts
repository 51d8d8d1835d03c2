/**
 * An attacker reads everything published from a register — people and cases, every
 * sub-population, every margin, every '< k' bound, every level withheld whole, and the
 * fact that cases are a subset of people — and must not recompute any withheld count
 * exactly. 450 random registers (150 per k, in batches of 25), about 2 000 month ×
 * commune sets each k. On the suppression of 2025 (each table on its own) it found a
 * recomputable count in 195 of 300 registers at k = 3 and 79 of 300 at k = 5.
 */
import { describe, expect, it } from 'vitest';
import { attackFeed } from './feed-attacker.js';
import { publishRandomRegister } from './random-registers.js';

// Small batches, so each test stays well inside the default timeout on a busy machine.
const BATCH = 25;

describe.each([3, 5, 10])('linked tables published at k = %i', (k) => {
  it.each([0, 1, 2, 3, 4, 5])(
    `leave no withheld count recomputable (random registers, batch %i)`,
    (b) => {
      let hidden = 0;
      const leaks: string[] = [];
      for (let seed = b * BATCH + 1; seed <= (b + 1) * BATCH; seed++) {
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
      expect(hidden).toBeGreaterThan(BATCH);
    },
  );
});
