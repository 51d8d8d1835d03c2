/**
 * Never double count. A feed may report a total and its parts (by sex, commune, profile…)
 * or a year and its months. Taking cells from the least disaggregated down, a cell is used
 * only when no cell already used could count the same people: so a reported total wins over
 * its parts, and parts are summed only where no total covers them.
 */
import { type Cell, compatible, overlapInTime } from './cells.js';
import type { Resolved } from './conflicts.js';

/** Least disaggregated first, then the longer period, then feed order. */
export function byCoarseness(a: Resolved, b: Resolved): number {
  const x = a.cell;
  const y = b.cell;
  return (
    x.size - y.size || y.end - y.start - (x.end - x.start) || x.start - y.start || x.index - y.index
  );
}

/** For stocks: the most recent figure first, then as byCoarseness. */
export function byRecency(a: Resolved, b: Resolved): number {
  return b.cell.end - a.cell.end || byCoarseness(a, b);
}

/**
 * Greedy choice of pairwise disjoint cells in the given order. With `timeless`, periods are
 * ignored (stocks: every figure describes the same moment, "now").
 */
export function pickDisjoint(
  items: readonly Resolved[],
  order: (a: Resolved, b: Resolved) => number,
  timeless: boolean,
): Resolved[] {
  const sorted = [...items].sort(order);
  // Buckets of taken cells by period, so a candidate is compared only with overlapping ones.
  const buckets = new Map<string, Cell[]>();
  const taken: Resolved[] = [];
  for (const item of sorted) {
    const cand = item.cell;
    let clash = false;
    for (const cells of buckets.values()) {
      const first = cells[0] as Cell;
      if (!timeless && !overlapInTime(first, cand)) continue;
      if (cells.some((c) => compatible(c, cand))) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    const k = timeless ? '' : `${cand.start}/${cand.end}`;
    const bucket = buckets.get(k);
    if (bucket) bucket.push(cand);
    else buckets.set(k, [cand]);
    taken.push(item);
  }
  return taken;
}
