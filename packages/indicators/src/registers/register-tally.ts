/**
 * Running counts of register rows per month and commune: the only state kept while a
 * register streams through, so memory grows with months × communes, never with rows.
 */
import type { CalendarDate } from '../periods/calendar-date.js';
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
    this.addCodes(
      row.date,
      row.commune,
      PROFILE_INDEX.get(row.profile) ?? 0,
      row.sex === 'female' ? 0 : 1,
      CASE_OUTCOMES.has(row.outcome),
      row.synthetic === true,
    );
  }

  /**
   * One valid row given by its codes: `profile` indexes BAOM_PROFILES, `sex` TALLY_SEXES;
   * `isCase` when its outcome makes it a case.
   */
  addCodes(
    date: CalendarDate,
    commune: string,
    profile: number,
    sex: number,
    isCase: boolean,
    synthetic: boolean,
  ): void {
    let days = this.#byDay.get(commune);
    if (!days) this.#byDay.set(commune, (days = new Map()));
    let t = days.get(date);
    if (!t) {
      t = this.#table(date.slice(0, 7), commune);
      days.set(date, t);
    }
    const people = t.people[profile] as number[];
    people[sex] = (people[sex] ?? 0) + 1;
    if (isCase) {
      const cases = t.cases[profile] as number[];
      cases[sex] = (cases[sex] ?? 0) + 1;
    }
    if (synthetic) t.synthetic = true;
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
