import { sumMonthValues, type MonthValue } from './month-value.js';

/** A month of a stacked chart: its total and one value per stacked series. */
export interface StackedMonth {
  readonly period: string;
  readonly total: MonthValue;
  readonly parts: ReadonlyArray<number | undefined>;
}

/** '2023-07' → '2023-Q3'. */
export const quarterOf = (period: string): string =>
  `${period.slice(0, 4)}-Q${Math.ceil(Number(period.slice(5, 7)) / 3)}`;

/**
 * Months summed by calendar quarter, for a chart too narrow to draw months readably
 * (40 months on a phone are 3 px bars). Parts add up per series; what was withheld stays a
 * bound ('< k', '≥ n'), never a 0.
 */
export function toQuarters(months: readonly StackedMonth[]): StackedMonth[] {
  const groups = new Map<string, StackedMonth[]>();
  for (const m of months) {
    const key = quarterOf(m.period);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups].map(([period, group]) => {
    const series = Math.max(0, ...group.map((m) => m.parts.length));
    const parts = Array.from({ length: series }, (_, s) => {
      const values = group.map((m) => m.parts[s]).filter((v) => v !== undefined);
      return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
    });
    return { period, total: sumMonthValues(group.map((m) => m.total)), parts };
  });
}
