/**
 * What a reader can deduce about whole numbers tied by sums and by "a ≤ b": the range of
 * each number (interval propagation, to a fixed point), and an assignment that fits every
 * constraint with a given number outside a given value (search, propagating at every
 * branch), if there is one.
 *
 * The problems are tiny (a month × commune: two tables of 18 counts), so a plain
 * depth-first search with a node budget is enough; past the budget the answer is
 * "unknown", which callers treat as "not shown to be protected".
 */

export interface IntegerProblem {
  /** Known range of each number, inclusive. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Each `parts` adds up to `total` (indices into `ranges`). */
  readonly sums: readonly { readonly parts: readonly number[]; readonly total: number }[];
  /** `[a, b]`: number a ≤ number b. */
  readonly atMost: readonly (readonly [number, number])[];
}

/** Lower and upper bounds, narrowed in place. */
type Bounds = { lo: number[]; hi: number[] };

/** Narrows bounds to a fixed point of every constraint; false when nothing fits. */
function narrow(p: IntegerProblem, b: Bounds): boolean {
  const { lo, hi } = b;
  const { sums, atMost } = p;
  // Inlined raises and lowers (no closures): this is the audit's innermost loop.
  let moved = true;
  while (moved) {
    moved = false;
    for (let s = 0; s < sums.length; s++) {
      const { parts, total } = sums[s] as IntegerProblem['sums'][number];
      let min = 0;
      let max = 0;
      for (let q = 0; q < parts.length; q++) {
        const x = parts[q] as number;
        min += lo[x] as number;
        max += hi[x] as number;
      }
      if (min > (lo[total] as number)) {
        lo[total] = min;
        moved = true;
      }
      if (max < (hi[total] as number)) {
        hi[total] = max;
        moved = true;
      }
      // Each part is the total less the others: at least lo(total) − Σ hi(others).
      const loTotal = lo[total] as number;
      const hiTotal = hi[total] as number;
      for (let q = 0; q < parts.length; q++) {
        const x = parts[q] as number;
        const up = loTotal - (max - (hi[x] as number));
        if (up > (lo[x] as number)) {
          lo[x] = up;
          moved = true;
        }
        // Read after the raise, as the bound it narrows from.
        const down = hiTotal - (min - (lo[x] as number));
        if (down < (hi[x] as number)) {
          hi[x] = down;
          moved = true;
        }
      }
    }
    for (let s = 0; s < atMost.length; s++) {
      const [a, c] = atMost[s] as readonly [number, number];
      if ((lo[a] as number) > (lo[c] as number)) {
        lo[c] = lo[a] as number;
        moved = true;
      }
      if ((hi[c] as number) < (hi[a] as number)) {
        hi[a] = hi[c] as number;
        moved = true;
      }
    }
    for (let x = 0; x < lo.length; x++) if ((lo[x] as number) > (hi[x] as number)) return false;
  }
  return true;
}

/**
 * An assignment that fits `p` with number `x` ≠ `value`; false when none does; undefined
 * when the search ran out of its node budget. `near` (a known solution) orders the
 * search: values close to it are tried first, so the witness found differs from it in
 * few numbers, and is usually found at once.
 */
export function otherSolution(
  p: IntegerProblem,
  x: number,
  value: number,
  near: readonly number[],
  budget = 5_000,
): number[] | false | undefined {
  let nodes = budget;
  const search = (b: Bounds): number[] | false | undefined => {
    if (--nodes < 0) return undefined;
    if (!narrow(p, b)) return false;
    let pick = -1;
    for (let y = 0; y < b.lo.length; y++) {
      const width = (b.hi[y] as number) - (b.lo[y] as number);
      if (width > 0 && (pick < 0 || width < (b.hi[pick] as number) - (b.lo[pick] as number)))
        pick = y;
    }
    if (pick < 0) return b.lo;
    const lo = b.lo[pick] as number;
    const hi = b.hi[pick] as number;
    const at = Math.min(hi, Math.max(lo, near[pick] ?? lo));
    let unknown = false;
    // The known value first, then the values below it, then those above.
    for (const [from, to] of [
      [at, at],
      [lo, at - 1],
      [at + 1, hi],
    ] as const) {
      if (from > to) continue;
      const found = search({
        lo: b.lo.map((v, y) => (y === pick ? from : v)),
        hi: b.hi.map((v, y) => (y === pick ? to : v)),
      });
      if (found) return found;
      if (found === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  };
  let unknown = false;
  for (const [from, to] of [
    [-Infinity, value - 1],
    [value + 1, Infinity],
  ] as const) {
    const lo = p.ranges.map((r) => r[0]);
    const hi = p.ranges.map((r) => r[1]);
    lo[x] = Math.max(lo[x] as number, from);
    hi[x] = Math.min(hi[x] as number, to);
    if ((lo[x] as number) > (hi[x] as number)) continue;
    const found = search({ lo, hi });
    if (found) return found;
    if (found === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}
