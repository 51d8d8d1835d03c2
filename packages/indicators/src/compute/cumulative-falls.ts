/**
 * A cumulative count never falls, also when it is made of several places: 36 + 27 = 63
 * projects in May 2024 by region, then 60 in all in December from another source, cannot
 * both be right. Walks the indicator's value at each date it was reported (as `aggregate`
 * computes it) and reports each fall below an earlier value from other sources — unless a
 * fall within one place already explains it (see `cumulativeConflicts`).
 */
import type { Indicator } from '../schema/types.js';
import { aggregateCells } from './aggregate.js';
import type { Cell } from './cells.js';
import { type ConflictGroup, cumulativeConflicts } from './conflicts.js';
import type { FeedContext } from './context.js';

export function cumulativeFalls(
  ctx: FeedContext,
  indicator: Indicator,
  cells: readonly Cell[],
): ConflictGroup[] {
  if (!indicator.cumulative || indicator.aggregation !== 'last') return [];
  const explained = new Set(
    cumulativeConflicts(indicator, cells).map((g) => g.cells[g.cells.length - 1]?.end),
  );
  const ends = [...new Set(cells.map((c) => c.end))].sort((a, b) => a - b);
  const out: ConflictGroup[] = [];
  let peak: { value: number; sources: readonly string[]; cells: Cell[] } | undefined;
  for (const end of ends) {
    const { aggregate: a, used } = aggregateCells(
      ctx,
      indicator,
      cells.filter((c) => c.end <= end),
    );
    if (a.value === undefined) continue;
    const usedCells = used.map((r) => r.cell);
    if (!peak || a.value >= peak.value) {
      peak = { value: a.value, sources: a.sources, cells: usedCells };
      continue;
    }
    const sameSources = a.sources.join('\u0000') === peak.sources.join('\u0000');
    if (sameSources || explained.has(end)) continue;
    const latest = usedCells.filter((c) => c.end === end);
    out.push({
      period: latest[0]?.period.text ?? '',
      values: [
        { value: peak.value, sources: peak.sources },
        { value: a.value, sources: a.sources },
      ],
      cells: [...peak.cells, ...latest],
      kind: 'cumulative-total-decrease',
    });
  }
  return out;
}
