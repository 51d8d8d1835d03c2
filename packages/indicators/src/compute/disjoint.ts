/**
 * Never double count. A feed may report a total and its parts (by sex, commune, profile…)
 * or a year and its months. Taking cells from the least disaggregated down, a cell is used
 * only when no cell already used could count the same people: so a reported total wins over
 * its parts, and parts are summed only where no total covers them.
 */
import { type Cell, DIMENSIONS, type Place, overlapInTime } from './cells.js';
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
  /** Projections of every cell, by the bits of the dimensions a candidate shares. */
  private readonly projections = new Map<number, Set<string>>();
  constructor(
    readonly mask: number,
    readonly currency: string | undefined,
  ) {}

  add(cell: Cell): void {
    this.cells.push(cell);
    for (const [shared, keys] of this.projections) keys.add(project(cell, shared));
  }

  clashesWith(cand: Cell): boolean {
    if (this.currency !== undefined && cand.currency !== undefined) {
      if (this.currency !== cand.currency) return false;
    }
    const shared = this.mask & cand.mask;
    let keys = this.projections.get(shared);
    if (!keys) {
      keys = new Set(this.cells.map((c) => project(c, shared)));
      this.projections.set(shared, keys);
    }
    return keys.has(project(cand, shared));
  }
}

/** Projections already made, per place and mask: places are few, candidates many. */
const projected = new WeakMap<Place, Map<number, string>>();

/** A cell's values on the dimensions of `mask`, as one string. */
function project(cell: Cell, mask: number): string {
  const place = cell.place;
  let byMask = projected.get(place);
  if (!byMask) {
    byMask = new Map();
    projected.set(place, byMask);
  }
  let out = byMask.get(mask);
  if (out === undefined) {
    out = '';
    for (let i = 0; i < DIMENSIONS.length; i++) {
      if (mask & (1 << i)) out += `${place.values[DIMENSIONS[i] as Dimension] ?? ''}\u0000`;
    }
    byMask.set(mask, out);
  }
  return out;
}

/** Taken cells of one period (all of them, for stocks), grouped by the dimensions set. */
interface Bucket {
  readonly start: number;
  readonly end: number;
  readonly groups: Map<string, TakenGroup>;
}

/**
 * The buckets a candidate must be compared with: those whose period overlaps its own.
 * Candidates share few distinct periods, so each period's list is found once and then kept
 * up to date as buckets are added, rather than every bucket tested for every candidate.
 */
class BucketIndex {
  readonly all: Bucket[] = [];
  private readonly near = new Map<number, { start: number; end: number; list: Bucket[] }>();

  constructor(private readonly timeless: boolean) {}

  private static id(cell: Cell): number {
    // Day numbers are well below 10^6, so the pair fits a safe integer.
    return cell.start * 1_000_000 + cell.end;
  }

  overlapping(cell: Cell): readonly Bucket[] {
    if (this.timeless) return this.all;
    const id = BucketIndex.id(cell);
    let entry = this.near.get(id);
    if (!entry) {
      const { start, end } = cell;
      entry = { start, end, list: this.all.filter((b) => overlapInTime(b, cell)) };
      this.near.set(id, entry);
    }
    return entry.list;
  }

  /** The bucket of the candidate's own period, created when it is the first one taken. */
  bucketOf(cell: Cell): Bucket {
    const id = this.timeless ? 0 : BucketIndex.id(cell);
    const own = this.timeless
      ? this.all[0]
      : this.near.get(id)?.list.find((b) => b.start === cell.start && b.end === cell.end);
    if (own) return own;
    const bucket: Bucket = { start: cell.start, end: cell.end, groups: new Map() };
    this.all.push(bucket);
    for (const e of this.near.values()) {
      if (overlapInTime(bucket, e)) e.list.push(bucket);
    }
    return bucket;
  }
}

function clashes(buckets: readonly Bucket[], cand: Cell): boolean {
  for (const bucket of buckets) {
    for (const group of bucket.groups.values()) if (group.clashesWith(cand)) return true;
  }
  return false;
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
  const index = new BucketIndex(timeless);
  const taken: Resolved[] = [];
  for (const item of sorted) {
    const cand = item.cell;
    if (clashes(index.overlapping(cand), cand)) continue;
    const bucket = index.bucketOf(cand);
    const signature = `${cand.mask}|${cand.currency ?? ''}`;
    let group = bucket.groups.get(signature);
    if (!group) {
      group = new TakenGroup(cand.mask, cand.currency);
      bucket.groups.set(signature, group);
    }
    group.add(cand);
    taken.push(item);
  }
  return taken;
}
