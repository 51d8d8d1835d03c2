/**
 * A bigger sweep of the linked-tables attack (not a test; the suite runs 150 registers per
 * k): SWEEP_REGISTERS random registers (default 1000) at each of k = 3, 5 and 10, each
 * published by `footfallObservations` and attacked by the test suite's feed attacker.
 * Prints one Markdown row per k; exits 1 if any withheld count was recomputed.
 * Run with `pnpm bench:suppression`.
 */
import { attackFeed } from '../packages/indicators/test/registers/feed-attacker.js';
import { publishRandomRegister } from '../packages/indicators/test/registers/random-registers.js';
import { table } from './src/markdown.js';

const REGISTERS = Number(process.env.SWEEP_REGISTERS ?? 1000);
const rows: string[][] = [];
let leaks = 0;
for (const k of [3, 5, 10]) {
  const started = performance.now();
  let sets = 0;
  let hidden = 0;
  let pinned = 0;
  let undecided = 0;
  for (let seed = 1; seed <= REGISTERS; seed++) {
    // Seeds past the suite's, so the sweep covers registers the tests do not.
    const feed = publishRandomRegister(1_000_003 * k + seed, k);
    const attack = attackFeed(feed.observations, k, feed.truth);
    sets += feed.tables;
    hidden += attack.hidden;
    pinned += attack.pinned.length;
    undecided += attack.undecided;
    for (const p of attack.pinned) console.error(`k=${k} seed ${seed}: ${JSON.stringify(p)}`);
  }
  leaks += pinned + undecided;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  rows.push([
    String(k),
    String(REGISTERS),
    String(sets),
    String(hidden),
    String(pinned),
    String(undecided),
    seconds,
  ]);
}
console.log(
  table(
    [
      'k',
      'registers',
      'month × commune sets',
      'hidden cells attacked',
      'recomputed',
      'undecided',
      's',
    ],
    rows,
  ),
);
process.exitCode = leaks > 0 ? 1 : 0;
