/**
 * The arithmetic behind a footfall chart and its table, with no words: which series are
 * stacked, what each month holds, and what was withheld kept as a bound. The presentation
 * layer names the keys (`footfallView` in `@prim/indicators/present`).
 */
import { aggregate } from '../compute/aggregate.js';
import { FOOTFALL_INDICATOR, footfall } from '../compute/footfall.js';
import type {
  BreakdownRow,
  ComputeOptions,
  Dimension,
  Filter,
  FootfallSummary,
  SeriesPoint,
} from '../compute/results.js';
import { series } from '../compute/series.js';
import { withheldByPeriod } from '../compute/withheld.js';
import type { Feed } from '../schema/types.js';
import { monthTop, type MonthValue } from './month-value.js';

import type { FootfallBy } from './footfall-by.js';

export { FOOTFALL_BY, type FootfallBy } from './footfall-by.js';

/**
 * Series told apart by a pattern, not only a colour: beyond this many, the smaller ones
 * are drawn together (with anything not broken down) as one 'others' series.
 */
export const MAX_NAMED = 5;

export interface StackSeries {
  /** A dimension value's id, or 'others' for the last series. */
  readonly key: string;
  /** The dimension the key is a value of; for 'others', whether it holds smaller values
   * ('others') or counts not broken down ('not-stated'). */
  readonly kind: Dimension | 'others' | 'not-stated';
  /** Pattern and colour index, 0 … MAX_NAMED (the last one is 'others / not stated'). */
  readonly style: number;
}

export interface FootfallPanel {
  /** The commune of a small multiple. */
  readonly key?: string;
  readonly total: MonthValue;
  readonly months: ReadonlyArray<{
    readonly period: string;
    readonly total: MonthValue;
    /** One value per stacked series, in the order of `series`. */
    readonly parts: ReadonlyArray<number | undefined>;
    /** The same parts as a reader must read them: withheld ones as '< k', never '–'. */
    readonly cells: readonly MonthValue[];
  }>;
}

export interface FootfallPanels {
  readonly summary: FootfallSummary;
  /** Every month in range, all panels together (the table's total column). */
  readonly totals: ReadonlyArray<{ readonly period: string; readonly total: MonthValue }>;
  /** The calendar years the July–August share is computed over (twelve months known). */
  readonly completeYears: readonly string[];
  readonly series: readonly StackSeries[];
  readonly panels: readonly FootfallPanel[];
  /** The y domain every panel shares, so small multiples compare at a glance. */
  readonly yMax: number;
}

function rowsOf(summary: FootfallSummary, by: Exclude<FootfallBy, 'none'>): BreakdownRow[] {
  if (by === 'commune') {
    // The busiest communes get their own pattern; the order is by size, largest at the base.
    return [...summary.byCommune].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  }
  return [...(by === 'profile' ? summary.byProfile : summary.bySex)];
}

/** Sum of the bounds of withheld counts per month, for the months with nothing else. */
function withheldByMonth(feed: Feed, options: ComputeOptions, filter: Filter): Map<string, number> {
  return new Map(
    Object.entries(withheldByPeriod(feed, FOOTFALL_INDICATOR, { ...options, filter })),
  );
}

const valueOf = (p: SeriesPoint | undefined, below?: number): MonthValue => ({
  value: p?.value,
  suppressed: p?.suppressed ?? false,
  ...(p?.value === undefined && p?.suppressed && below !== undefined ? { below } : {}),
});

/**
 * Monthly BAOM footfall for the chart and its table: the model's months (series by month,
 * one per panel and stacked series, over the same range), with what was withheld kept as a
 * bound. Small multiples give one panel per commune.
 */
export function footfallPanels(
  feed: Feed,
  options: ComputeOptions,
  by: FootfallBy,
  smallMultiples: boolean,
): FootfallPanels {
  const summary = footfall(feed, options);
  const first = summary.byMonth[0];
  const last = summary.byMonth[summary.byMonth.length - 1];
  const stackBy = smallMultiples && by === 'commune' ? 'none' : by;
  const rows = stackBy === 'none' ? [] : rowsOf(summary, stackBy);
  const named = rows.slice(0, MAX_NAMED);
  const monthly = (filter: Filter) =>
    first && last
      ? series(feed, FOOTFALL_INDICATOR, {
          ...options,
          by: 'month',
          filter: { ...filter, from: first.start, to: last.end },
        })
      : [];

  const panel = (filter: Filter, key?: string): { panel: FootfallPanel; rest: boolean } => {
    const totals = monthly(filter);
    const withheld = withheldByMonth(feed, options, filter);
    const partFilters =
      stackBy === 'none' ? [] : named.map((r) => ({ ...filter, [stackBy]: r.key }));
    const parts = partFilters.map((f) => monthly(f));
    const partsWithheld = partFilters.map((f) => withheldByMonth(feed, options, f));
    let rest = false;
    const months = totals.map((p, m) => {
      const points = parts.map((values) => values[m]);
      const named = points.map((point) => point?.value);
      const sum = named.reduce<number>((s, v) => s + (v ?? 0), 0);
      // What no named series holds: the smaller communes, or counts not broken down.
      const other = p.value !== undefined && stackBy !== 'none' ? p.value - sum : undefined;
      if (other !== undefined && other > 0) rest = true;
      const namedCells = points.map((point, i) => valueOf(point, partsWithheld[i]?.get(p.period)));
      // Withheld counts that no named series holds belong to the 'others' part.
      const namedBelow = partsWithheld.reduce((s, w) => s + (w.get(p.period) ?? 0), 0);
      const otherBelow = stackBy === 'none' ? 0 : (withheld.get(p.period) ?? 0) - namedBelow;
      const otherCell: MonthValue =
        other !== undefined && other > 0
          ? { value: other, suppressed: otherBelow > 0 }
          : {
              value: undefined,
              suppressed: otherBelow > 0,
              ...(otherBelow > 0 ? { below: otherBelow } : {}),
            };
      return {
        period: p.period,
        total: valueOf(p, withheld.get(p.period)),
        parts: [...named, other !== undefined && other > 0 ? other : undefined],
        cells: [...namedCells, otherCell],
      };
    });
    const total = aggregate(feed, FOOTFALL_INDICATOR, { ...options, filter });
    return {
      panel: {
        ...(key !== undefined ? { key } : {}),
        total: { value: total.value, suppressed: total.suppressed },
        months,
      },
      rest,
    };
  };

  const base = options.filter ?? {};
  const built = smallMultiples
    ? summary.byCommune.map((r) => panel({ ...base, commune: r.key }, r.key))
    : [panel(base)];
  // A withheld count no named series holds also needs the 'others' column to be read.
  const rest = built.some(
    (p) => p.rest || p.panel.months.some((m) => m.cells.at(-1)?.below !== undefined),
  );
  const dimension = stackBy === 'none' ? undefined : (stackBy satisfies Dimension);
  const stacked: StackSeries[] = dimension
    ? named.map((r, i) => ({ key: r.key, kind: dimension, style: i }))
    : [];
  if (rest) {
    stacked.push({
      key: 'others',
      kind: rows.length > named.length ? 'others' : 'not-stated',
      style: MAX_NAMED,
    });
  }
  const panels = built.map(({ panel: p }) => ({
    ...p,
    // Without the 'others' series, its slot is dropped from every month.
    months: rest
      ? p.months
      : p.months.map((m) => ({ ...m, parts: m.parts.slice(0, -1), cells: m.cells.slice(0, -1) })),
  }));
  const yMax = Math.max(1, ...panels.flatMap((p) => p.months.map((m) => monthTop(m.total))));
  const withheld = withheldByMonth(feed, options, base);
  const totals = monthly(base).map((p) => ({
    period: p.period,
    total: valueOf(p, withheld.get(p.period)),
  }));
  return {
    summary,
    totals,
    completeYears: summary.seasonality.years,
    series: stacked,
    panels,
    yMax,
  };
}
