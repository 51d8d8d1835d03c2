import { describe, expect, it } from 'vitest';
import { findWithheld, tableOf } from './tables.js';
import { primaryMask, suppressTable, withMargins } from '../../src/index.js';
import { disclosedCells } from './attacker.js';

describe('k-suppression of a month × commune table', () => {
  it('withholds the one RPT woman of the month, and enough around her that no total gives her away', () => {
    // profiles mre, mre-returnee, rights-holder, rpt, other × female, male
    const table = tableOf([
      [6, 9],
      [0, 7],
      [8, 0],
      [1, 6],
      [0, 5],
    ]);
    const { withheld, exposed, below } = suppressTable(table, 5);
    expect(exposed).toEqual([]);
    expect(withheld[3]?.[0]).toBe(true); // the RPT woman
    // Her row total (7) and the women's total (15) are published, so at least one more
    // cell in her row and one more in her column must be withheld.
    expect(findWithheld(withheld, 3).length).toBeGreaterThanOrEqual(2);
    expect(withheld.filter((row) => row[0]).length).toBeGreaterThanOrEqual(2);
    expect(disclosedCells(table, withheld, below, 5)).toEqual([]);
  });

  it('a row total and a column total that would reveal a single withheld cell get a complement', () => {
    const table = tableOf([
      [12, 9],
      [7, 3],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    const primary = primaryMask(table, 5);
    // Only the 3 is below k: row total 10 − 7 and column total 12 − 9 would both give it.
    expect(primary.flat().filter(Boolean)).toHaveLength(1);
    const { withheld, below } = suppressTable(table, 5);
    expect(withheld.flat().filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(disclosedCells(table, withheld, below, 5)).toEqual([]);
  });

  it('never withholds a zero, and publishes a table with no small count untouched', () => {
    const table = tableOf([
      [6, 9],
      [0, 7],
      [8, 0],
      [5, 6],
      [0, 5],
    ]);
    expect(suppressTable(table, 5).withheld.flat().some(Boolean)).toBe(false);
    const sparse = tableOf([
      [0, 0],
      [0, 0],
      [0, 2],
      [0, 0],
      [0, 0],
    ]);
    const { withheld, below } = suppressTable(sparse, 5);
    sparse.forEach((row, i) =>
      row.forEach((n, j) => n === 0 && expect(withheld[i]?.[j]).toBe(false)),
    );
    expect(disclosedCells(sparse, withheld, below, 5)).toEqual([]);
  });

  it('leaves no withheld cell recomputable on many random small tables', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let checked = 0;
    for (let t = 0; t < 300; t++) {
      const inner = Array.from({ length: 5 }, () =>
        Array.from({ length: 2 }, () => (rand() < 0.5 ? 0 : Math.floor(rand() * 9))),
      );
      const table = withMargins(inner);
      const { withheld, exposed, below } = suppressTable(table, 4);
      expect(exposed).toEqual([]);
      // Brute force where the search space is small enough to stay quick.
      const grand = table.at(-1)?.at(-1) ?? 0;
      const cap = grand + 2;
      const space = withheld
        .slice(0, 5)
        .flatMap((row, i) =>
          row.slice(0, 2).flatMap((on, j) => (on ? [Math.min(below(i, j), cap)] : [])),
        )
        .reduce((p, n) => p * n, 1);
      if (space <= 200_000) {
        checked += 1;
        expect(disclosedCells(table, withheld, below, 4, cap), JSON.stringify(inner)).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
