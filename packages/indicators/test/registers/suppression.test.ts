import { describe, expect, it } from 'vitest';
import { findWithheld, tableOf } from './tables.js';
import {
  exposedCells,
  type Mark,
  primaryMask,
  suppressLinked,
  suppressTable,
  withMargins,
} from '../../src/index.js';
import { disclosedCells } from './attacker.js';

/** The `below` of a withheld cell's mark. */
const belowOf = (marks: Mark[][]) => (i: number, j: number) => {
  const m = marks[i]?.[j];
  return m && 'below' in m ? m.below : 0;
};

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
    const { withheld, level, marks } = suppressTable(table, 5);
    expect(level).toBe('cells');
    expect(withheld[3]?.[0]).toBe(true); // the RPT woman
    // Her row total (7) and the women's total (15) are published, so at least one more
    // cell in her row and one more in her column must be withheld.
    expect(findWithheld(withheld, 3).length).toBeGreaterThanOrEqual(2);
    expect(withheld.filter((row) => row[0]).length).toBeGreaterThanOrEqual(2);
    expect(disclosedCells(table, withheld, belowOf(marks), 5)).toEqual([]);
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
    const { withheld, marks } = suppressTable(table, 5);
    expect(withheld.flat().filter(Boolean).length).toBeGreaterThanOrEqual(4);
    // The grand total (31) may be withheld in the band 30 … 34: search up to 40.
    expect(disclosedCells(table, withheld, belowOf(marks), 5, 40)).toEqual([]);
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
    const { withheld, marks } = suppressTable(sparse, 5);
    sparse.forEach((row, i) =>
      row.forEach((n, j) => {
        if (n === 0) expect(withheld[i]?.[j]).toBe(false);
        if (n === 0) expect(marks[i]?.[j]).toBeUndefined();
      }),
    );
    expect(disclosedCells(sparse, withheld, belowOf(marks), 5)).toEqual([]);
  });

  it('publishes only the margins of a sparse month whose few people would all be pinned to 1', () => {
    // Four people in four cells, each '< 5', and a total under 5: four listed cells of at
    // least 1 each add up to at most 4, so each is exactly 1, whatever else is withheld.
    const table = tableOf([
      [1, 1],
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
    const { level, marks } = suppressTable(table, 5);
    expect(level).not.toBe('cells');
    for (let i = 0; i < 5; i++) for (let j = 0; j < 2; j++) expect(marks[i]?.[j]).toBeUndefined();
    // No bound above k that would tell the total apart from '< 5'.
    expect(marks[5]?.[2]).toEqual({ below: 5 });
  });

  it('suppressed one by one, people and cases give the RPT woman away; as a linked set, they do not', () => {
    // July in Belfaa: 15 MRE, 7 rights-holder women (all cases), 1 RPT woman, 6 RPT men.
    const people = tableOf([
      [6, 9],
      [0, 0],
      [7, 0],
      [1, 6],
      [0, 0],
    ]);
    const cases = tableOf([
      [0, 0],
      [0, 0],
      [7, 0],
      [0, 0],
      [0, 0],
    ]);
    const rptWoman = { t: 0, i: 3, j: 0 };
    // Alone, the people table hides her in women = 14 = 6 + rights-holders (5 … 9) + her
    // (1 … 4); the 7 cases published beside it say rights-holder women ≥ 7, so she is 1.
    const alone = [suppressTable(people, 5), suppressTable(cases, 5)].map((p) => p.marks);
    expect(exposedCells([people, cases], alone, [[1, 0]], 5)).toContainEqual(rptWoman);
    const linked = suppressLinked([people, cases], [[1, 0]], 5).map((p) => p.marks);
    expect(exposedCells([people, cases], linked, [[1, 0]], 5)).toEqual([]);
    expect(linked[0]?.[3]?.[0]).toEqual({ below: 5 });
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
      const { withheld, marks, level } = suppressTable(table, 4);
      // Brute force where the search space is small enough to stay quick.
      const grand = table.at(-1)?.at(-1) ?? 0;
      const cap = grand + 2;
      const below = belowOf(marks);
      const space = withheld
        .slice(0, 5)
        .flatMap((row, i) =>
          row.slice(0, 2).flatMap((on, j) => (on ? [Math.min(below(i, j), cap)] : [])),
        )
        .reduce((p, n) => p * n, 1);
      if (level === 'cells' && space <= 200_000) {
        checked += 1;
        expect(disclosedCells(table, withheld, below, 4, cap), JSON.stringify(inner)).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('refuses a threshold below 3, where a listed "< 2" would mean exactly 1', () => {
    expect(() => suppressTable(tableOf([[1, 0]]), 2)).toThrow(/k must be a whole number ≥ 3/);
  });
});
