/**
 * Running counts of register rows per month and commune: the only state kept while a
 * register streams through, so memory grows with months × communes, never with rows.
 */
import type { Sex } from '../schema/types.js';
import { CASE_OUTCOMES } from './codes.js';
import { BAOM_PROFILES, type BaomProfile, type RegisterRow } from './register-row.js';
import { codeUnitOrder } from '../code-unit-order.js';

export const TALLY_SEXES: readonly Sex[] = ['female', 'male'];

/** Counts of one month in one commune, inner cells only (margins are derived later). */
export interface TallyTable {
  readonly month: string;
  readonly commune: string;
  /** `people[profile][sex]`, in BAOM_PROFILES × TALLY_SEXES order. */
  readonly people: number[][];
  /** Visits whose outcome makes them a case (accompanied, resolved). */
  readonly cases: number[][];
  synthetic: boolean;
}

const PROFILE_INDEX = new Map<BaomProfile, number>(BAOM_PROFILES.map((p, i) => [p, i]));
const zeros = () => BAOM_PROFILES.map(() => TALLY_SEXES.map(() => 0));

export class RegisterTally {
  readonly #tables = new Map<string, TallyTable>();
  /** The table of each commune and date, so that a row costs no key string. */
  readonly #byDay = new Map<string, Map<string, TallyTable>>();
  #rows = 0;

  add(row: RegisterRow): void {
    let days = this.#byDay.get(row.commune);
    if (!days) this.#byDay.set(row.commune, (days = new Map()));
    let t = days.get(row.date);
    if (!t) {
      t = this.#table(row.date.slice(0, 7), row.commune);
      days.set(row.date, t);
    }
    const p = PROFILE_INDEX.get(row.profile) ?? 0;
    const s = row.sex === 'female' ? 0 : 1;
    (t.people[p] as number[])[s] = ((t.people[p] as number[])[s] ?? 0) + 1;
    if (CASE_OUTCOMES.has(row.outcome))
      (t.cases[p] as number[])[s] = ((t.cases[p] as number[])[s] ?? 0) + 1;
    if (row.synthetic) t.synthetic = true;
    this.#rows += 1;
  }

  #table(month: string, commune: string): TallyTable {
    const key = `${month}|${commune}`;
    let t = this.#tables.get(key);
    if (!t) {
      t = { month, commune, people: zeros(), cases: zeros(), synthetic: false };
      this.#tables.set(key, t);
    }
    return t;
  }

  /** Rows counted so far. */
  get rows(): number {
    return this.#rows;
  }

  /** Tables ordered by month, then commune id (code-unit order, the same everywhere). */
  tables(): TallyTable[] {
    return [...this.#tables.values()].sort(
      (a, b) => codeUnitOrder(a.month, b.month) || codeUnitOrder(a.commune, b.commune),
    );
  }
}

/** Inner counts → the same table with a column of row totals and a row of column totals. */
export function withMargins(inner: readonly (readonly number[])[]): number[][] {
  const rows = inner.map((r) => [...r, r.reduce((s, n) => s + n, 0)]);
  const width = rows[0]?.length ?? 1;
  const totals = Array.from({ length: width }, (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0));
  return [...rows, totals];
}
