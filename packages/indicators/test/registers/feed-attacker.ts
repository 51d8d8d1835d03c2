/**
 * An attacker who reads a whole register feed (every observation of `baom-footfall` and
 * `baom-cases`) and tries to recompute withheld counts. Written apart from the production
 * audit on purpose, so that a mistake in one is not repeated in the other.
 *
 * What it knows, per month × commune:
 * - each table (people, cases) has profile × sex cells, a total per profile, a total per
 *   sex and a grand total, and every line adds up;
 * - a published value is exact; a cell not listed is 0 (a feed lists non-zero cells only),
 *   unless the table lists its total but no cell at all of that cell's level (profile ×
 *   sex cells, totals by profile, totals by sex): the level was withheld as a whole, and
 *   its cells are then anything ≥ 0;
 * - `suppressed: { below: b }` means 1 … k−1 when b = k, and the band b−k … b−1 when
 *   b > k (a complement is marked at the next multiple of k above it);
 * - cases are visits that people made: every cases cell ≤ the people cell;
 * - a table whose listed cells, two profile × sex cells or more among them, all carry the
 *   same bound b > k was withheld whole (as the suppression of 2025 did): its cells are
 *   1 … b−1 and its total lies in b−2k … b−k−1. (Complements of one table cannot share
 *   one band when two inner cells are listed: a line's total would lie in a higher one.)
 *
 * Interval propagation over those equalities and inequalities, to a fixed point, gives
 * each cell's range; an exact search (propagation at every branch) then decides the cells
 * propagation leaves open. A cell is pinned when it can take one value only.
 */
import { BAOM_PROFILES, CASES_ID, FOOTFALL_ID, type Observation } from '../../src/index.js';

const SEXES = ['female', 'male'] as const;
const ROWS = BAOM_PROFILES.length + 1; // profiles, then all profiles
const COLS = SEXES.length + 1; // sexes, then both
const TABLES = [FOOTFALL_ID, CASES_ID] as const;
const SIZE = ROWS * COLS;

/** Cell index in the linked set: table t, row i (profile or total), column j (sex or total). */
export const cellIndex = (t: number, i: number, j: number) => t * SIZE + i * COLS + j;

type Range = [number, number];

interface Knowledge {
  readonly ranges: Range[];
  /** Cells not published as a value (withheld, or in a level withheld as a whole). */
  readonly hidden: Set<number>;
}

/** Observations grouped by month and commune. */
export function linkedSets(observations: readonly Observation[]): Map<string, Observation[]> {
  const sets = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.indicator !== FOOTFALL_ID && o.indicator !== CASES_ID) continue;
    const key = `${o.period}|${o.commune ?? ''}`;
    sets.set(key, [...(sets.get(key) ?? []), o]);
  }
  return sets;
}

function position(o: Observation): [number, number, number] {
  const t = TABLES.indexOf(o.indicator as (typeof TABLES)[number]);
  const i = o.profile ? BAOM_PROFILES.indexOf(o.profile as never) : ROWS - 1;
  const j = o.sex ? SEXES.indexOf(o.sex as never) : COLS - 1;
  if (t < 0 || i < 0 || j < 0) throw new Error(`unexpected observation ${JSON.stringify(o)}`);
  return [t, i, j];
}

function knowledgeOf(set: readonly Observation[], k: number): Knowledge {
  const listed = new Map<number, Observation>();
  for (const o of set) listed.set(cellIndex(...position(o)), o);
  const ranges: Range[] = [];
  const hidden = new Set<number>();
  for (let t = 0; t < TABLES.length; t++) {
    const grand = listed.get(cellIndex(t, ROWS - 1, COLS - 1));
    const isListed = (i: number, j: number) => listed.has(cellIndex(t, i, j));
    let innerListed = 0;
    let bySexListed = false;
    let byProfileListed = false;
    for (let i = 0; i < ROWS; i++) {
      for (let j = 0; j < COLS; j++) {
        if (i < ROWS - 1 && j < COLS - 1) innerListed += isListed(i, j) ? 1 : 0;
        else if (i < ROWS - 1) byProfileListed ||= isListed(i, j);
        else if (j < COLS - 1) bySexListed ||= isListed(i, j);
      }
    }
    const bounds = new Set(
      set.filter((o) => position(o)[0] === t).map((o) => o.suppressed?.below ?? 0),
    );
    const wholeBound = bounds.size === 1 && innerListed > 1 ? ([...bounds][0] ?? 0) : 0;
    const top = grand === undefined ? 0 : (grand.value ?? (grand.suppressed?.below ?? 1) - 1);
    for (let i = 0; i < ROWS; i++) {
      for (let j = 0; j < COLS; j++) {
        const c = cellIndex(t, i, j);
        const o = listed.get(c);
        const inner = i < ROWS - 1 && j < COLS - 1;
        const isGrand = i === ROWS - 1 && j === COLS - 1;
        // A level with no listed cell under a listed total was withheld whole.
        const levelWithheld =
          grand !== undefined &&
          !isGrand &&
          (inner ? innerListed === 0 : i < ROWS - 1 ? !byProfileListed : !bySexListed);
        if (o?.value !== undefined) ranges[c] = [o.value, o.value];
        else if (o?.suppressed) {
          const b = o.suppressed.below;
          if (wholeBound > k) ranges[c] = isGrand ? [b - 2 * k, b - k - 1] : [1, b - 1];
          else ranges[c] = b <= k ? [1, b - 1] : [b - k, b - 1];
          hidden.add(c);
        } else if (levelWithheld) {
          ranges[c] = [0, top];
          hidden.add(c);
        } else ranges[c] = [0, 0];
      }
    }
  }
  return { ranges, hidden };
}

/** Each line of each table as (parts, total). */
const LINES: [number[], number][] = TABLES.flatMap((_, t) => [
  ...Array.from({ length: ROWS }, (_, i): [number[], number] => [
    Array.from({ length: COLS - 1 }, (_, j) => cellIndex(t, i, j)),
    cellIndex(t, i, COLS - 1),
  ]),
  ...Array.from({ length: COLS }, (_, j): [number[], number] => [
    Array.from({ length: ROWS - 1 }, (_, i) => cellIndex(t, i, j)),
    cellIndex(t, ROWS - 1, j),
  ]),
]);

/** Narrows ranges in place to a fixed point; false when no table fits. */
function propagate(r: Range[]): boolean {
  for (let changed = true; changed;) {
    changed = false;
    const narrow = (c: number, lo: number, hi: number) => {
      const cur = r[c] as Range;
      if (lo > cur[0] || hi < cur[1]) {
        r[c] = [Math.max(lo, cur[0]), Math.min(hi, cur[1])];
        changed = true;
      }
    };
    for (const [parts, total] of LINES) {
      const lo = parts.reduce((s, c) => s + (r[c] as Range)[0], 0);
      const hi = parts.reduce((s, c) => s + (r[c] as Range)[1], 0);
      narrow(total, lo, hi);
      const [tLo, tHi] = r[total] as Range;
      for (const c of parts) {
        const [cLo, cHi] = r[c] as Range;
        narrow(c, tLo - (hi - cHi), tHi - (lo - cLo));
      }
    }
    // Cases ≤ people, cell by cell.
    for (let c = 0; c < SIZE; c++) {
      narrow(c, (r[c + SIZE] as Range)[0], Infinity);
      narrow(c + SIZE, -Infinity, (r[c] as Range)[1]);
    }
    if (r.some(([lo, hi]) => lo > hi)) return false;
  }
  return true;
}

/** True when some table fitting `start` has `c` outside `value`; undefined past the budget. */
function canMove(start: Range[], c: number, value: number, budget: { nodes: number }) {
  // Whether some table fits `r` with cell x narrowed to one of `pieces`.
  const anyPiece = (r: Range[], x: number, pieces: Range[]): boolean | undefined => {
    let unknown = false;
    for (const piece of pieces.filter(([lo, hi]) => lo <= hi)) {
      const copy = r.map((y) => [...y] as Range);
      copy[x] = piece;
      const found = search(copy);
      if (found) return true;
      if (found === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  };
  const search = (r: Range[]): boolean | undefined => {
    if (--budget.nodes < 0) return undefined;
    if (!propagate(r)) return false;
    let pick = -1;
    for (let x = 0; x < r.length; x++) {
      const [lo, hi] = r[x] as Range;
      if (lo < hi && (pick < 0 || hi - lo < (r[pick] as Range)[1] - (r[pick] as Range)[0]))
        pick = x;
    }
    if (pick < 0) return true; // every cell fixed: a whole table that fits
    const [lo, hi] = r[pick] as Range;
    const mid = Math.floor((lo + hi) / 2);
    return anyPiece(r, pick, [
      [lo, mid],
      [mid + 1, hi],
    ]);
  };
  const [lo, hi] = start[c] as Range;
  return anyPiece(start, c, [
    [lo, value - 1],
    [value + 1, hi],
  ]);
}

export interface Disclosure {
  /** `period|commune`. */
  readonly set: string;
  readonly indicator: string;
  readonly profile?: string;
  readonly sex?: string;
  readonly value: number;
  /** 'propagation' when interval propagation alone pins it, else 'search'. */
  readonly by: 'propagation' | 'search';
}

export interface AttackResult {
  /** Withheld cells with a true count ≥ 1 that the attacker recomputes exactly. */
  readonly pinned: Disclosure[];
  /** Cells the exact search could not decide within its budget (should stay empty). */
  readonly undecided: number;
  /** Withheld (or level-withheld) cells examined. */
  readonly hidden: number;
}

/**
 * Attacks a published feed. `truth` gives the true count of a cell (by `cellIndex`) of a
 * month × commune set: it is used only to judge the result, never to infer.
 */
export function attackFeed(
  observations: readonly Observation[],
  k: number,
  truth: (set: string, cell: number) => number,
  exact = true,
): AttackResult {
  const pinned: Disclosure[] = [];
  let undecided = 0;
  let hidden = 0;
  for (const [set, obs] of linkedSets(observations)) {
    const known = knowledgeOf(obs, k);
    const r = known.ranges.map((x) => [...x] as Range);
    if (!propagate(r)) throw new Error(`${set}: the published figures fit no table`);
    for (const c of known.hidden) {
      const value = truth(set, c);
      hidden += 1;
      const [lo, hi] = r[c] as Range;
      if (value < lo || value > hi) throw new Error(`${set}: cell ${c} excluded its true value`);
      if (value < 1) continue;
      let by: Disclosure['by'] | undefined = lo === hi ? 'propagation' : undefined;
      if (!by && exact) {
        const moves = canMove(r, c, value, { nodes: 20_000 });
        if (moves === undefined) undecided += 1;
        else if (!moves) by = 'search';
      }
      if (by) {
        const t = Math.floor(c / SIZE);
        const i = Math.floor((c % SIZE) / COLS);
        const j = c % COLS;
        pinned.push({
          set,
          indicator: TABLES[t] as string,
          ...(i < ROWS - 1 ? { profile: BAOM_PROFILES[i] } : {}),
          ...(j < COLS - 1 ? { sex: SEXES[j] } : {}),
          value,
          by,
        });
      }
    }
  }
  return { pinned, undecided, hidden };
}
