/**
 * Small-cell suppression of a two-way table with margins, so that no withheld count can
 * be recomputed from what is published.
 *
 * The table is (R+1) × (C+1): R × C inner cells, a last column of row totals, a last row
 * of column totals and the grand total in the corner. Each row and each column is a linear
 * constraint (parts − total = 0) an attacker knows, and so is what a withheld cell's mark
 * says: a cell marked `< k` holds 1 … k−1 (zeros are published, never withheld, and a
 * feed lists only non-zero cells), a complement n ≥ k is marked below the next multiple
 * of k, so it lies in a band of k values.
 *
 * 1. Primary: every count with 1 ≤ n < k is withheld.
 * 2. Secondary (audit and repair, to a fixed point): see withheld cells as edges of a
 *    graph whose vertices are the table's lines (cell (i, j) joins row i and column j).
 *    Moving counts by +1, −1, +1 … around a cycle of that graph keeps every line sum
 *    (the signs always close up on such tables). A withheld cell is *protected* when some
 *    cycle through it can be moved, one way or the other, with every cell staying within
 *    what its mark says: the published figures then fit two different tables, and the
 *    cell cannot be recomputed. A cell on no cycle (a "bridge": e.g. the only withheld
 *    cell of a row whose total is published) is determined by summing line equations.
 *    While a withheld cell is unprotected, withhold one more published non-zero cell: the
 *    smallest that protects it, else the smallest on its row or column.
 *
 * The test is conservative (one cycle at a time), so it may withhold more than strictly
 * needed, never less. It ends: each step withholds a new cell. Only when k ≤ 2 (where
 * "< 2" on a listed cell means 1) can a cell stay unprotected; `exposed` lists those.
 */

/** Rows of counts, margins last: `table[i][j]`, totals in the last row and column. */
export type Table = readonly (readonly number[])[];
export type Mask = boolean[][];

interface Edge {
  readonly i: number;
  readonly j: number;
}

export interface Suppression {
  /** `withheld[i][j]`: the cell is not published. */
  readonly withheld: Mask;
  /** Withheld cells the method could not protect (only with k ≤ 2). */
  readonly exposed: readonly Edge[];
  /** The `suppressed.below` to publish for a withheld cell. */
  readonly below: (i: number, j: number) => number;
}

/** The cells with 1 ≤ n < k. */
export function primaryMask(table: Table, k: number): Mask {
  return table.map((row) => row.map((n) => n >= 1 && n < k));
}

/**
 * What a reader can tell of a withheld count from its mark: `< k` means 1 … k−1 (listed
 * cells are non-zero); a complement of n ≥ k is marked below the next multiple of k, so
 * it lies in that band of k values.
 */
function bounds(table: Table, i: number, j: number, k: number): [number, number] {
  const below = belowBound(table, i, j, k);
  return below === k ? [1, k - 1] : [below - k, below - 1];
}

/**
 * True when a cycle through `e` can move within every cell's bounds. Paths from e's row
 * to e's column avoiding e are enumerated depth first: the graph has at most a few dozen
 * edges, so this is cheap.
 */
function isProtected(table: Table, mask: Mask, e: Edge, k: number): boolean {
  const rows = mask.length;
  const lastRow = table.length - 1;
  const lastCol = (table[0]?.length ?? 1) - 1;
  const edges: Edge[] = [];
  mask.forEach((row, i) =>
    row.forEach((on, j) => on && !(i === e.i && j === e.j) && edges.push({ i, j })),
  );
  // Coefficient of a cell in the line equation of vertex v (parts +1, total −1).
  const coef = (c: Edge, v: number) =>
    v < rows ? (c.j === lastCol ? -1 : 1) : c.i === lastRow ? -1 : 1;
  const cellOk = (c: Edge, delta: number) => {
    const [lo, hi] = bounds(table, c.i, c.j, k);
    const n = (table[c.i]?.[c.j] ?? 0) + delta;
    return n >= lo && n <= hi;
  };
  const target = rows + e.j;
  const path: { edge: Edge; d: number }[] = [];
  const visited = new Set<number>([e.i]);
  const search = (v: number, prev: Edge, dPrev: number): boolean => {
    for (const b of edges) {
      const a = b.i;
      const c = rows + b.j;
      const w = v === a ? c : v === c ? a : undefined;
      if (w === undefined || path.some((p) => p.edge === b)) continue;
      const d = -coef(prev, v) * coef(b, v) * dPrev;
      if (w === target) {
        const cycle = [{ edge: e, d: 1 }, ...path, { edge: b, d }];
        if ([1, -1].some((s) => cycle.every((p) => cellOk(p.edge, s * p.d)))) return true;
        continue;
      }
      if (visited.has(w)) continue;
      visited.add(w);
      path.push({ edge: b, d });
      if (search(w, b, d)) return true;
      path.pop();
      visited.delete(w);
    }
    return false;
  };
  return search(e.i, e, 1);
}

/**
 * Adds secondary suppressions to `withheld` (in place) until every withheld cell is
 * protected. `table` holds the true counts.
 */
export function secondarySuppression(
  table: Table,
  withheld: Mask,
  k: number,
): Omit<Suppression, 'below'> {
  const exposed: Edge[] = [];
  const isExposed = (i: number, j: number) => exposed.some((x) => x.i === i && x.j === j);
  for (;;) {
    let weak: Edge | undefined;
    withheld.forEach((row, i) =>
      row.forEach((on, j) => {
        if (on && !weak && !isExposed(i, j) && !isProtected(table, withheld, { i, j }, k)) {
          weak = { i, j };
        }
      }),
    );
    if (!weak) return { withheld, exposed };
    const e = weak;
    const candidates: (Edge & { n: number })[] = [];
    table.forEach((row, i) =>
      row.forEach((n, j) => {
        if (n >= 1 && !withheld[i]?.[j]) candidates.push({ i, j, n });
      }),
    );
    candidates.sort((a, b) => a.n - b.n || a.i - b.i || a.j - b.j);
    const tryWith = (c: Edge) => {
      (withheld[c.i] as boolean[])[c.j] = true;
      const ok = isProtected(table, withheld, e, k);
      (withheld[c.i] as boolean[])[c.j] = false;
      return ok;
    };
    const pick = candidates.find(tryWith) ?? candidates.find((c) => c.i === e.i || c.j === e.j);
    if (pick) (withheld[pick.i] as boolean[])[pick.j] = true;
    else exposed.push(e);
  }
}

/**
 * Primary then secondary suppression of one table. In the rare table where some cell
 * stays unprotected (counts sitting on the edges of their bands on every cycle), the
 * whole table is withheld under one bound two multiples of k above its grand total:
 * every inner cell then moves freely (+1) with its row, column and grand totals.
 */
export function suppressTable(table: Table, k: number): Suppression {
  const result = secondarySuppression(table, primaryMask(table, k), k);
  if (result.exposed.length === 0 || k <= 2) {
    return { ...result, below: (i, j) => belowBound(table, i, j, k) };
  }
  const grand = table.at(-1)?.at(-1) ?? 0;
  const bound = k * (Math.floor(grand / k) + 2);
  return {
    withheld: table.map((row) => row.map((n) => n >= 1)),
    exposed: [],
    below: () => bound,
  };
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
