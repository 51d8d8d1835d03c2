/**
 * The disclosure audit: what a reader of everything published from one register can
 * deduce about the withheld counts, and which of them they can recompute exactly.
 *
 * A linked set is a list of tables of the same shape — R × C cells, a last column of row
 * totals, a last row of column totals, the grand total in the corner — published from the
 * same people (e.g. people received and cases of one commune in one month), with subset
 * relations between them (every cell of cases ≤ the same cell of people). The reader sees
 * each cell's mark and knows:
 * - every row and column adds up to its total, in every table;
 * - a value is exact; a cell not listed is 0 (only non-zero counts are listed), unless the
 *   table lists its grand total but no cell of a level (no inner cell, no total by column
 *   or no total by row; see `levelOf`): that level was withheld as a whole and its cells
 *   are anything ≥ 0;
 * - `below: b` means 1 … k−1 when b = k, and b−k … b−1 when b > k (a complement is marked
 *   at the next multiple of k above it: its mark depends on its own count only);
 * - the subset relations, cell by cell.
 * A withheld (or level-withheld) cell whose true count is ≥ 1 is protected when another
 * set of tables fits all of that with a different count in the cell.
 */
import { type IntegerProblem, otherSolution } from './integer-ranges.js';

/** Rows of counts, margins last: `table[i][j]`, totals in the last row and column. */
export type Table = readonly (readonly number[])[];

/** What is published of a cell: its value, a bound, or nothing (not listed). */
export type Mark = { readonly value: number } | { readonly below: number } | undefined;

/** `[sub, sup]`: every cell of table `sub` ≤ the same cell of table `sup`. */
export type Subset = readonly [number, number];

export interface CellRef {
  readonly t: number;
  readonly i: number;
  readonly j: number;
}

/**
 * How much of a table is published: every cell; the margins only; the column totals only
 * (e.g. by sex) or the row totals only (e.g. by profile), with the grand total; or the
 * grand total alone. Cells outside the level are not listed, whatever their count.
 */
export type Level = 'cells' | 'margins' | 'column-totals' | 'row-totals' | 'total';

/** True when cell (i, j) of a rows × cols table (margins included) is published at `level`. */
export function inLevel(level: Level, rows: number, cols: number, i: number, j: number): boolean {
  const totalRow = i === rows - 1;
  const totalCol = j === cols - 1;
  switch (level) {
    case 'cells':
      return true;
    case 'margins':
      return totalRow || totalCol;
    case 'column-totals':
      return totalRow;
    case 'row-totals':
      return totalCol;
    case 'total':
      return totalRow && totalCol;
  }
}

/**
 * The level a reader tells from the marks: a listed grand total means at least one
 * person, so each level it publishes lists at least one cell (a non-zero total has a
 * non-zero part); a level with no listed cell was withheld.
 */
export function levelOf(marks: readonly (readonly Mark[])[]): Level {
  const rows = marks.length;
  const cols = marks[0]?.length ?? 0;
  // Plain loops: this runs for every table each time the audit reads marks.
  let byColumn = false;
  let byRow = false;
  for (let i = 0; i < rows; i++) {
    const row = marks[i] as readonly Mark[];
    for (let j = 0; j < row.length; j++) {
      if (row[j] === undefined) continue;
      const totalRow = i === rows - 1;
      const totalCol = j === cols - 1;
      if (!totalRow && !totalCol) return 'cells';
      if (totalRow && !totalCol) byColumn = true;
      else if (totalCol && !totalRow) byRow = true;
    }
  }
  if (byColumn && byRow) return 'margins';
  return byColumn ? 'column-totals' : byRow ? 'row-totals' : 'total';
}

/** What a mark `below: b` tells of a count, at threshold k. */
export function belowRange(b: number, k: number): [number, number] {
  return b <= k ? [1, b - 1] : [b - k, b - 1];
}

/** The sums, subset relations and cell indices of a linked set: they depend on its shape only. */
interface Structure {
  readonly sums: IntegerProblem['sums'];
  readonly atMost: IntegerProblem['atMost'];
  readonly index: (c: CellRef) => number;
}

const structures = new Map<string, Structure>();

/** The structure of `tables` tables of rows × cols linked by `subsets`, built once per shape. */
function structureOf(tables: number, rows: number, cols: number, subsets: readonly Subset[]) {
  const key = `${tables}×${rows}×${cols}:${subsets.map(([a, b]) => `${a}<${b}`).join(',')}`;
  let structure = structures.get(key);
  if (structure !== undefined) return structure;
  const size = rows * cols;
  const sums: { parts: number[]; total: number }[] = [];
  const atMost: [number, number][] = [];
  for (let t = 0; t < tables; t++) {
    const base = t * size;
    for (let i = 0; i < rows; i++) {
      const rowCells: number[] = [];
      for (let j = 0; j < cols - 1; j++) rowCells.push(base + i * cols + j);
      sums.push({ parts: rowCells, total: base + i * cols + cols - 1 });
    }
    for (let j = 0; j < cols; j++) {
      const colCells: number[] = [];
      for (let i = 0; i < rows - 1; i++) colCells.push(base + i * cols + j);
      sums.push({ parts: colCells, total: base + (rows - 1) * cols + j });
    }
  }
  for (const [sub, sup] of subsets) {
    for (let x = 0; x < size; x++) atMost.push([sub * size + x, sup * size + x]);
  }
  const index = ({ t, i, j }: CellRef) => t * size + i * cols + j;
  structure = { sums, atMost, index };
  structures.set(key, structure);
  return structure;
}

/** The problem a reader of `marks` (per table, per row, per column) faces, at threshold k. */
export function readerProblem(
  marks: readonly (readonly Mark[])[][],
  subsets: readonly Subset[],
  k: number,
): IntegerProblem & { readonly index: (c: CellRef) => number } {
  const rows = marks[0]?.length ?? 0;
  const cols = marks[0]?.[0]?.length ?? 0;
  const { sums, atMost, index } = structureOf(marks.length, rows, cols, subsets);
  const ranges: [number, number][] = [];
  // Plain loops: this runs for every table of a register, many times; only the ranges
  // depend on the marks.
  for (let t = 0; t < marks.length; t++) {
    const table = marks[t] as readonly (readonly Mark[])[];
    const grand = table[rows - 1]?.[cols - 1];
    const level = levelOf(table);
    const top = grand === undefined ? 0 : 'value' in grand ? grand.value : grand.below - 1;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const m = table[i]?.[j];
        const omitted = grand !== undefined && !inLevel(level, rows, cols, i, j);
        ranges.push(
          m === undefined
            ? omitted
              ? [0, top]
              : [0, 0]
            : 'value' in m
              ? [m.value, m.value]
              : belowRange(m.below, k),
        );
      }
    }
  }
  return { ranges, sums, atMost, index };
}

/** The counts of every cell of the set, in the order of a problem's `index`. */
export function countsOf(tables: readonly Table[], index: (c: CellRef) => number): number[] {
  const counts: number[] = [];
  tables.forEach((table, t) =>
    table.forEach((row, i) => row.forEach((n, j) => (counts[index({ t, i, j })] = n))),
  );
  return counts;
}

/**
 * The cells a reader of `marks` can recompute exactly: not published as a value, true
 * count ≥ 1, and no other set of tables fits what is published with another count there
 * (or the search could not show one). Throws when the true tables do not fit the marks,
 * which would be a bug in whoever wrote them. `only` restricts the audit to some cells.
 */
export function exposedCells(
  tables: readonly Table[],
  marks: readonly (readonly Mark[])[][],
  subsets: readonly Subset[],
  k: number,
  only?: CellRef,
): CellRef[] {
  const problem = readerProblem(marks, subsets, k);
  const truth = countsOf(tables, problem.index);
  for (let x = 0; x < problem.ranges.length; x++) {
    const [lo, hi] = problem.ranges[x] as readonly [number, number];
    const n = truth[x] ?? 0;
    if (n < lo || n > hi) throw new Error(`the marks contradict the counts they publish (#${x})`);
  }
  const exposed: CellRef[] = [];
  for (let t = 0; t < marks.length; t++) {
    if (only && only.t !== t) continue;
    const table = tables[t] ?? [];
    for (let i = 0; i < table.length; i++) {
      if (only && only.i !== i) continue;
      const row = table[i] as readonly number[];
      for (let j = 0; j < row.length; j++) {
        if (only && only.j !== j) continue;
        const n = row[j] as number;
        const m = marks[t]?.[i]?.[j];
        if (n < 1 || (m !== undefined && 'value' in m)) continue;
        if (!otherSolution(problem, problem.index({ t, i, j }), n, truth)) {
          exposed.push({ t, i, j });
        }
      }
    }
  }
  return exposed;
}
