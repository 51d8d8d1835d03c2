/**
 * Small-cell suppression of a linked set of tables, so that no withheld count can be
 * recomputed from everything published from the same people (see disclosure-audit.ts for
 * what a reader knows). Each table is R × C cells with row, column and grand totals.
 *
 * 1. Primary: every count with 1 ≤ n < k is withheld, in every table.
 * 2. Secondary, audited to a fixed point (as τ-ARGUS does for linked tables): while the
 *    audit finds a cell the reader can recompute, withhold more published non-zero cells
 *    of the set — the smallest one whose withholding protects it and that is protected
 *    itself; else the cells that an alternative set of tables must change to give it
 *    another count, found with every published cell withheld and the true counts tried
 *    first (so it changes few; that alternative protects each of them too). The
 *    audit is exact (a search over every set of tables that fits the marks), and the
 *    subset relations (cases ≤ people) count as much as the sums.
 * 3. When nothing left to withhold protects a cell — a sparse month whose few people are
 *    all listed, '< k' each, and add up to a total under k — the table's finest level is
 *    withheld as a whole (its profile × sex cells, then its totals by profile or by sex),
 *    and the set starts again from the primary cells. A table reduced to its grand total
 *    cannot give anything away (k ≥ 3), so this ends.
 *
 * Zeros are never withheld (a listed cell is non-zero, and a '< k' is never read as 0).
 */
import {
  type CellRef,
  countsOf,
  exposedCells,
  inLevel,
  type Level,
  type Mark,
  readerProblem,
  type Subset,
  type Table,
} from './disclosure-audit.js';
import { otherSolution } from './integer-ranges.js';

export type { Level, Mark, Subset, Table } from './disclosure-audit.js';
export type Mask = boolean[][];

/** Levels from the most detailed: by sex is kept longer than by profile (for parity). */
const LEVELS: readonly Level[] = ['cells', 'margins', 'column-totals', 'row-totals', 'total'];

export interface TablePublication {
  readonly level: Level;
  /** `withheld[i][j]`: the cell is listed with a bound, not a value. */
  readonly withheld: Mask;
  /** What is published of each cell. */
  readonly marks: Mark[][];
}

/** The cells with 1 ≤ n < k. */
export function primaryMask(table: Table, k: number): Mask {
  return table.map((row) => row.map((n) => n >= 1 && n < k));
}

/**
 * The bound to publish for a withheld cell (`suppressed.below`): k for a count below k;
 * for a larger complement, the next multiple of k. It depends on the count alone, so what
 * a reader learns from it does not change as more cells are withheld.
 */
export function belowBound(table: Table, i: number, j: number, k: number): number {
  const n = table[i]?.[j] ?? 0;
  return n < k ? k : k * (Math.floor(n / k) + 1);
}

/** The marks of a table published at `level` with `withheld` cells. */
export function marksOf(table: Table, level: Level, withheld: Mask, k: number): Mark[][] {
  return table.map((row, i) =>
    row.map((n, j) => {
      if (n === 0 || !inLevel(level, table.length, row.length, i, j)) return undefined;
      return withheld[i]?.[j] ? { below: belowBound(table, i, j, k) } : { value: n };
    }),
  );
}

/**
 * Suppresses a linked set: `tables` published from the same people, `subsets` the
 * relations between them. Every returned table passes the disclosure audit.
 */
export function suppressLinked(
  tables: readonly Table[],
  subsets: readonly Subset[],
  k: number,
): TablePublication[] {
  if (!Number.isInteger(k) || k < 3) {
    throw new RangeError(`k must be a whole number ≥ 3 (with k = 2, '< 2' means 1), got ${k}`);
  }
  const levels: Level[] = tables.map(() => 'cells');
  let masks = tables.map((t) => primaryMask(t, k));
  const set = (c: CellRef, on: boolean) => ((masks[c.t]?.[c.i] as boolean[])[c.j] = on);
  const publish = () =>
    tables.map((table, t): TablePublication => {
      const level = levels[t] ?? 'cells';
      const withheld = masks[t] ?? [];
      return { level, withheld, marks: marksOf(table, level, withheld, k) };
    });
  const exposed = (only?: CellRef) =>
    exposedCells(
      tables,
      publish().map((p) => p.marks),
      subsets,
      k,
      only,
    );
  // The published cells a set of tables giving `weak` another count changes, when every
  // candidate is withheld; none when even that cannot protect it.
  const movedByWitness = (weak: CellRef, candidates: readonly CellRef[]): CellRef[] => {
    candidates.forEach((c) => set(c, true));
    const problem = readerProblem(
      publish().map((p) => p.marks),
      subsets,
      k,
    );
    candidates.forEach((c) => set(c, false));
    const truth = countsOf(tables, problem.index);
    const x = problem.index(weak);
    const witness = otherSolution(problem, x, truth[x] ?? 0, truth);
    if (!witness) return [];
    return candidates.filter((c) => witness[problem.index(c)] !== truth[problem.index(c)]);
  };
  // Protection only grows as more is withheld (a set of tables that fits the marks still
  // fits when a value becomes a band around it), so within a level only the cells found
  // exposed at its start need auditing again.
  let pending = exposed();
  for (;;) {
    pending = pending.filter((c) => exposed(c).length > 0);
    const weak = pending[0];
    if (!weak) return publish();
    const candidates: (CellRef & { n: number })[] = [];
    tables.forEach((table, t) =>
      table.forEach((row, i) =>
        row.forEach((n, j) => {
          const listed = n >= 1 && inLevel(levels[t] ?? 'cells', table.length, row.length, i, j);
          if (listed && !masks[t]?.[i]?.[j]) candidates.push({ t, i, j, n });
        }),
      ),
    );
    candidates.sort((a, b) => a.n - b.n || a.t - b.t || a.i - b.i || a.j - b.j);
    // Withholding c must protect the weak cell and c itself: a complement the reader can
    // recompute would need protecting in turn.
    const protects = (c: CellRef) => {
      set(c, true);
      const ok = exposed(weak).length === 0 && exposed(c).length === 0;
      set(c, false);
      return ok;
    };
    const pick = candidates.find(protects);
    if (pick) {
      set(pick, true);
      continue;
    }
    const moved = movedByWitness(weak, candidates);
    if (moved.length > 0) {
      moved.forEach((c) => set(c, true));
      continue;
    }
    // Nothing to withhold helps: publish less of the weak cell's table (or, when it is down
    // to its total, of the next table that is not), and start again from the primary cells.
    const order = [weak.t, ...tables.map((_, t) => t).filter((t) => t !== weak.t)];
    const t = order.find((x) => levels[x] !== 'total');
    if (t === undefined) throw new Error('suppression: no level left to withhold');
    levels[t] = LEVELS[LEVELS.indexOf(levels[t] ?? 'cells') + 1] ?? 'total';
    masks = tables.map((table) => primaryMask(table, k));
    pending = exposed();
  }
}

/** Suppression of one table on its own (no linked tables). */
export function suppressTable(table: Table, k: number): TablePublication {
  return suppressLinked([table], [], k)[0] as TablePublication;
}
