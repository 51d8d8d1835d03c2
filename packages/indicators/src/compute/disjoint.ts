/**
 * Never double count. A feed may report a total and its parts (by sex, commune, profile…)
 * or a year and its months. Taking cells from the least disaggregated down, a cell is used
 * only when no cell already used could count the same people: so a reported total wins over
 * its parts, and parts are summed only where no total covers them.
 */
import { type Cell, DIMENSIONS, overlapInTime } from './cells.js';
import type { Dimension } from './results.js';
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
 * Taken cells that set the same dimensions, in the same currency. A candidate clashes with
 * one of them exactly when they agree on every dimension both set, so a set of projections
 * on those shared dimensions answers in one lookup what comparing with each cell would:
 * without it, a month of footfall by commune × profile × sex compared every cell with every
 * other, and computing on a feed 10× larger took 100× longer.
 */
class TakenGroup {
  private readonly cells: Cell[] = [];
  /** Projections of every cell, by the dimensions a candidate shares with the group. */
  private readonly projections = new Map<string, { dims: Dimension[]; keys: Set<string> }>();
  constructor(
    readonly dims: readonly Dimension[],
    readonly currency: string | undefined,
  ) {}

  add(cell: Cell): void {
    this.cells.push(cell);
    for (const p of this.projections.values()) p.keys.add(project(cell, p.dims));
  }

  clashesWith(cand: Cell): boolean {
    if (this.currency !== undefined && cand.currency !== undefined) {
      if (this.currency !== cand.currency) return false;
    }
    const dims = this.dims.filter((d) => cand.values[d] !== undefined);
    const id = dims.join(',');
    let p = this.projections.get(id);
    if (!p) {
      p = { dims, keys: new Set(this.cells.map((c) => project(c, dims))) };
      this.projections.set(id, p);
    }
    return p.keys.has(project(cand, dims));
  }
}

const project = (cell: Cell, dims: readonly Dimension[]): string =>
  dims.map((d) => cell.values[d]).join('\u0000');

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
  const buckets = new Map<string, { first: Cell; groups: Map<string, TakenGroup> }>();
  const taken: Resolved[] = [];
  for (const item of sorted) {
    const cand = item.cell;
    let clash = false;
    for (const { first, groups } of buckets.values()) {
      if (!timeless && !overlapInTime(first, cand)) continue;
      for (const group of groups.values()) {
        if (group.clashesWith(cand)) {
          clash = true;
          break;
        }
      }
      if (clash) break;
    }
    if (clash) continue;
    const k = timeless ? '' : `${cand.start}/${cand.end}`;
    let bucket = buckets.get(k);
    if (!bucket) {
      bucket = { first: cand, groups: new Map() };
      buckets.set(k, bucket);
    }
    const dims = DIMENSIONS.filter((d) => cand.values[d] !== undefined);
    const signature = `${dims.join(',')}|${cand.currency ?? ''}`;
    let group = bucket.groups.get(signature);
    if (!group) {
      group = new TakenGroup(dims, cand.currency);
      bucket.groups.set(signature, group);
    }
    group.add(cand);
    taken.push(item);
  }
  return taken;
}
