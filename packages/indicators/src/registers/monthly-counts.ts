/**
 * Turns register rows into feed observations: people received per month, commune,
 * profile and sex. This is the only shape in which register data should leave a BAOM.
 */
import type { Observation } from '../schema/types.js';
import { BAOM_PROFILES, type RegisterRow } from './register-row.js';
import { codeUnitOrder } from '../code-unit-order.js';

export interface MonthlyCountsOptions {
  /** Source id every observation cites (must exist in the feed's `sources`). */
  readonly source: string;
  /** Indicator id. Default 'baom-footfall'. */
  readonly indicator?: string;
  /**
   * Withhold counts below k (small cells can identify a person): such a cell becomes
   * `suppressed: { below: k }`, never a zero. Default: no suppression.
   */
  readonly suppressBelow?: number;
}

const SEXES = ['female', 'male'] as const;

const cmp = codeUnitOrder;

/**
 * One observation per month × commune × profile × sex that has at least one row, in that
 * order. A cell is `synthetic: true` when any of its rows is. Empty cells are omitted
 * (a month without visitors of a profile is not reported), which keeps feeds small.
 */
export function monthlyCounts(
  rows: readonly RegisterRow[],
  options: MonthlyCountsOptions,
): Observation[] {
  const indicator = options.indicator ?? 'baom-footfall';
  const k = options.suppressBelow;
  const cells = new Map<
    string,
    { row: RegisterRow; month: string; count: number; synthetic: boolean }
  >();
  for (const row of rows) {
    const month = row.date.slice(0, 7);
    const key = [month, row.commune, row.profile, row.sex].join('|');
    const cell = cells.get(key);
    if (cell) {
      cell.count += 1;
      cell.synthetic ||= row.synthetic === true;
    } else {
      cells.set(key, { row, month, count: 1, synthetic: row.synthetic === true });
    }
  }
  const sorted = [...cells.values()].sort(
    (a, b) =>
      cmp(a.month, b.month) ||
      cmp(a.row.commune, b.row.commune) ||
      BAOM_PROFILES.indexOf(a.row.profile) - BAOM_PROFILES.indexOf(b.row.profile) ||
      SEXES.indexOf(a.row.sex) - SEXES.indexOf(b.row.sex),
  );
  return sorted.map(({ row, month, count, synthetic }) => {
    const hidden = k !== undefined && count < k;
    return {
      indicator,
      period: month,
      commune: row.commune,
      profile: row.profile,
      sex: row.sex,
      ...(hidden ? { suppressed: { below: k } } : { value: count }),
      source: options.source,
      ...(synthetic ? { synthetic: true } : {}),
    };
  });
}
