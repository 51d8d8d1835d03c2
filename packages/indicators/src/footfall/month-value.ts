/** A monthly count as a reader must read it. */
export interface MonthValue {
  readonly value: number | undefined;
  /** Part of the count was withheld (small cells): the value is a lower bound. */
  readonly suppressed: boolean;
  /** Every count of the month was withheld: the number is below this bound (never 0). */
  readonly below?: number;
}

/** The height a month reaches on a chart: its value, or the bound of what was withheld. */
export function monthTop(v: MonthValue): number {
  return v.value ?? v.below ?? 0;
}

/**
 * Several months as one (a quarter): the sum of what is known; a lower bound ('≥') when any
 * month was withheld in part or whole; '< k' (the sum of the bounds) when every count was
 * withheld; unknown when nothing was reported.
 */
export function sumMonthValues(values: readonly MonthValue[]): MonthValue {
  const known = values.filter((v) => v.value !== undefined);
  const below = values.reduce((s, v) => s + (v.value === undefined ? (v.below ?? 0) : 0), 0);
  if (known.length === 0) {
    return below > 0
      ? { value: undefined, suppressed: true, below }
      : { value: undefined, suppressed: false };
  }
  return {
    value: known.reduce((s, v) => s + (v.value ?? 0), 0),
    suppressed: below > 0 || known.some((v) => v.suppressed),
  };
}
