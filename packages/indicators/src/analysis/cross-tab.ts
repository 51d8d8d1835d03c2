import { aggregate } from '../compute/aggregate.js';
import { breakdown } from '../compute/breakdown.js';
import type { ComputeOptions, Dimension } from '../compute/results.js';
import type { Feed } from '../schema/types.js';

export type CrossTabOptions = ComputeOptions;

export interface CrossTab {
  readonly rowDimension: Dimension;
  readonly columnDimension: Dimension;
  /** Column keys in the feed's order, then 'total'. */
  readonly columns: readonly string[];
  /**
   * One plain row per row key, then a 'total' row: `{ [rowDimension]: key, [column]: value,
   * total }`. A value is undefined where nothing was reported (not zero).
   */
  readonly rows: ReadonlyArray<Record<string, string | number | undefined>>;
}

/**
 * A pivot table of an indicator for evaluators, e.g. participants by activity × sex or
 * footfall by commune × profile.
 *
 * Every cell and margin is computed by the indicator model (a breakdown with the row
 * filtered), not by summing rows: a generic pivot would add totals to their parts and
 * stocks over time. So a margin is the reported total when there is one, which can differ
 * from the sum of its cells — that difference is what `incomplete-disaggregation` flags.
 */
export function crossTab(
  feed: Feed,
  indicator: string,
  rowDimension: Dimension,
  columnDimension: Dimension,
  options: CrossTabOptions = {},
): CrossTab {
  const rowTotals = breakdown(feed, indicator, rowDimension, options);
  const columnTotals = breakdown(feed, indicator, columnDimension, options);
  const columns = columnTotals.map((c) => c.key);
  const line = (key: string, cells: ReturnType<typeof breakdown>, total: number | undefined) => {
    const row: Record<string, string | number | undefined> = { [rowDimension]: key };
    for (const col of columns) row[col] = cells.find((c) => c.key === col)?.value;
    row.total = total;
    return row;
  };
  const rows = rowTotals.map((r) => {
    const filter = { ...options.filter, [rowDimension]: r.key };
    return line(
      r.key,
      breakdown(feed, indicator, columnDimension, { ...options, filter }),
      r.value,
    );
  });
  const grand = aggregate(feed, indicator, options).value;
  rows.push(line('total', columnTotals, grand));
  return { rowDimension, columnDimension, columns: [...columns, 'total'], rows };
}
