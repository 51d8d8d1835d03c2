/**
 * Small random registers and the feed `footfallObservations` publishes from them, with
 * the true counts of every cell for judging an attack.
 */
import {
  BAOM_COMMUNES,
  footfallObservations,
  generateRegister,
  type Observation,
  RegisterTally,
  withMargins,
} from '../../src/index.js';
import { mulberry32 } from '../../src/synthetic/prng.js';
import { cellIndex } from './feed-attacker.js';

export interface PublishedRegister {
  readonly observations: Observation[];
  /** True count of a cell (`cellIndex`) of a `period|commune` set. */
  readonly truth: (set: string, cell: number) => number;
  readonly tables: number;
}

/** The true counts of each month × commune (`period|commune`), by `cellIndex`. */
export function truthOf(tally: RegisterTally): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  for (const t of tally.tables()) {
    const values: number[] = [];
    [t.people, t.cases].forEach((inner, ti) =>
      withMargins(inner).forEach((row, i) =>
        row.forEach((n, j) => (values[cellIndex(ti, i, j)] = n)),
      ),
    );
    cells.set(`${t.month}|${t.commune}`, values);
  }
  return cells;
}

/**
 * A register of 2–3 months in 2–4 communes, drawn from `seed`, published at threshold k:
 * half of them sparse (up to 10 people per month and commune, where small cells abound),
 * half as busy as a BAOM in summer (up to 40).
 */
export function publishRandomRegister(seed: number, k: number): PublishedRegister {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const start = 1 + pick(10);
  const month = (m: number) => `2023-${String(m).padStart(2, '0')}`;
  const months = 2 + pick(2);
  const communes = 2 + pick(3);
  const first = pick(BAOM_COMMUNES.length - communes);
  const rows = generateRegister({
    seed,
    from: month(start),
    to: month(start + months - 1),
    communes: BAOM_COMMUNES.slice(first, first + communes),
    rows: 4 + pick(months * communes * (random() < 0.5 ? 10 : 40)),
  });
  const tally = new RegisterTally();
  rows.forEach((r) => tally.add(r));
  const { observations } = footfallObservations(tally.tables(), { k, source: 'register' });
  const truth = truthOf(tally);
  return {
    observations,
    truth: (set, cell) => truth.get(set)?.[cell] ?? 0,
    tables: tally.tables().length,
  };
}
