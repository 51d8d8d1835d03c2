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

/** A cell's values on the dimensions of `mask`, as one string (made once per place and mask). */
function project(cell: Cell, mask: number): string {
  const place = cell.place;
  const byMask = (place.projections ??= new Map());
  let out = byMask.get(mask);
  if (out === undefined) {
    // Joined into one flat string: the place keeps it, and a chain of pieces weighs more.
    const parts: string[] = [];
    for (let i = 0; i < DIMENSIONS.length; i++) {
      if (mask & (1 << i)) parts.push(place.values[DIMENSIONS[i] as Dimension] ?? '', '\u0000');
    }
    out = parts.join('');
    byMask.set(mask, out);
  }
  return out;
}

/** Taken cells of one period (all of them, for stocks), grouped by the dimensions set. */
interface Bucket {
  readonly start: number;
  readonly end: number;
  /** By the dimensions set and currency (Place.shape), and as a list to go through. */
  readonly groups: Map<string, TakenGroup>;
  readonly groupList: TakenGroup[];
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
    const bucket: Bucket = { start: cell.start, end: cell.end, groups: new Map(), groupList: [] };
    this.all.push(bucket);
    for (const e of this.near.values()) {
      if (overlapInTime(bucket, e)) e.list.push(bucket);
    }
    return bucket;
  }
}

function clashes(buckets: readonly Bucket[], cand: Cell): boolean {
  for (let b = 0; b < buckets.length; b++) {
    const groups = (buckets[b] as Bucket).groupList;
    for (let g = 0; g < groups.length; g++)
      if ((groups[g] as TakenGroup).clashesWith(cand)) return true;
  }
  return false;
}

/**
 * `items` in `order`, as runs of cells of the same period and size. `order` must rank cells
 * by their size and period only, then by feed order (byCoarseness and byRecency do): so
 * the runs are sorted by their first item and each run by index (it usually is already),
 * instead of millions of items compared with each other.
 */
function runsInOrder(
  items: readonly Resolved[],
  order: (a: Resolved, b: Resolved) => number,
): Resolved[][] {
  const runs = new Map<number, Resolved[]>();
  for (let i = 0; i < items.length; i++) {
    const r = items[i] as Resolved;
    // Sizes are 0 to 6.
    const key = r.cell.span.id * 8 + r.cell.size;
    const run = runs.get(key);
    if (run) run.push(r);
    else runs.set(key, [r]);
  }
  const out = [...runs.values()];
  for (const run of out) {
    let sorted = true;
    for (let i = 1; i < run.length && sorted; i++) {
      sorted = (run[i - 1] as Resolved).cell.index < (run[i] as Resolved).cell.index;
    }
    if (!sorted) run.sort((a, b) => a.cell.index - b.cell.index);
  }
  return out.sort((a, b) => order(a[0] as Resolved, b[0] as Resolved));
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
  const index = new BucketIndex(timeless);
  const taken: Resolved[] = [];
  for (const run of runsInOrder(items, order)) {
    // One period for the whole run: the same buckets to compare with (a list kept up to
    // date as buckets are added), and the same bucket to add to.
    const buckets = index.overlapping((run[0] as Resolved).cell);
    let bucket: Bucket | undefined;
    for (let i = 0; i < run.length; i++) {
      const item = run[i] as Resolved;
      const cand = item.cell;
      if (clashes(buckets, cand)) continue;
      bucket ??= index.bucketOf(cand);
      const shape = cand.place.shape;
      let group = bucket.groups.get(shape);
      if (!group) {
        group = new TakenGroup(cand.mask, cand.currency);
        bucket.groups.set(shape, group);
        bucket.groupList.push(group);
      }
      group.add(cand);
      taken.push(item);
    }
  }
  return taken;
}
