/**
 * A brute-force attacker for the suppression tests: every table of whole counts ≥ 0 that
 * fits what is published (published cells, line sums, and each withheld cell's mark:
 * 1 … k−1, or below−k … below−1 for a complement marked above k). A withheld cell is
 * disclosed when it takes a single value across all of them.
 */
import type { Mask, Table } from '../../src/index.js';
import { belowBound } from '../../src/index.js';

export function disclosedCells(
  table: Table,
  withheld: Mask,
  below: (i: number, j: number) => number,
  k: number,
  cap = 30,
): string[] {
  const R = table.length - 1;
  const C = (table[0]?.length ?? 1) - 1;
  const inner: [number, number][] = [];
  for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) if (withheld[i]?.[j]) inner.push([i, j]);
  const range = (i: number, j: number): [number, number] => {
    const n = table[i]?.[j] ?? 0;
    if (!withheld[i]?.[j]) return [n, n];
    const b = below(i, j);
    // A band of k values for a complement marked at its next multiple of k; else 1 … b−1.
    const band = b > k && b === belowBound(table, i, j, k);
    return [band ? b - k : 1, Math.min(b - 1, cap)];
  };
  const seen = new Map<string, Set<number>>();
  const note = (i: number, j: number, v: number) => {
    const key = `${i},${j}`;
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key)?.add(v);
  };
  const guess = table.map((row) => [...row]);
  const check = (): boolean => {
    for (let i = 0; i <= R; i++) {
      let s = 0;
      for (let j = 0; j < C; j++) s += guess[i]![j]!;
      guess[i]![C] = s;
    }
    for (let j = 0; j <= C; j++) {
      let s = 0;
      for (let i = 0; i < R; i++) s += guess[i]![j]!;
      guess[R]![j] = s;
    }
    for (let i = 0; i <= R; i++) {
      for (let j = 0; j <= C; j++) {
        if (i < R && j < C) continue;
        const [lo, hi] = range(i, j);
        const v = guess[i]![j]!;
        if (v < lo || v > hi) return false;
      }
    }
    return true;
  };
  const walk = (n: number) => {
    if (n === inner.length) {
      if (!check()) return;
      for (let i = 0; i <= R; i++)
        for (let j = 0; j <= C; j++) if (withheld[i]?.[j]) note(i, j, guess[i]![j]!);
      return;
    }
    const [i, j] = inner[n]!;
    const [lo, hi] = range(i, j);
    for (let v = lo; v <= hi; v++) {
      guess[i]![j] = v;
      walk(n + 1);
    }
  };
  walk(0);
  return [...seen].filter(([, values]) => values.size < 2).map(([key]) => key);
}
