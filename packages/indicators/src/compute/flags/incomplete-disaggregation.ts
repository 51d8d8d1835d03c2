/**
 * 'incomplete-disaggregation' (Akvo RSR's incomplete_data): the parts of a total by one
 * dimension — sex, profile, commune… — do not add up to the total reported for the same
 * indicator, period and place. Suppressed parts widen the check to a range.
 */
import type { Feed } from '../../schema/types.js';
import { type Cell, DIMENSIONS, describeCell } from '../cells.js';
import { resolveConflicts } from '../conflicts.js';
import { contextOf } from '../context.js';
import { groupBy } from '../group.js';
import type { ComputeOptions, Dimension, Flag } from '../results.js';
import { selectCells } from '../select.js';
import { placeOf, sourcesText } from './flag-fields.js';

/** The one dimension by which `part` splits `total`, if it is a direct part of it. */
function splitBy(total: Cell, part: Cell): Dimension | undefined {
  if (part.currency !== total.currency) return undefined;
  const extra: Dimension[] = [];
  for (const d of DIMENSIONS) {
    const t = total.values[d];
    const p = part.values[d];
    if (t !== undefined && p !== t) return undefined;
    if (t === undefined && p !== undefined && !(d === 'region' && part.impliedRegion)) {
      extra.push(d);
    }
  }
  return extra.length === 1 ? extra[0] : undefined;
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function incompleteDisaggregation(feed: Feed, options?: ComputeOptions): Flag[] {
  const ctx = contextOf(feed);
  const flags: Flag[] = [];
  for (const ind of feed.indicators) {
    if (ind.aggregation === 'ratio') continue;
    const { resolved } = resolveConflicts(ctx, selectCells(feed, ind.id, options));
    for (const samePeriod of groupBy(resolved, (r) => `${r.cell.start}/${r.cell.end}`).values()) {
      if (samePeriod.length < 2) continue;
      for (const total of samePeriod) {
        const t = total.cell;
        if (t.obs.value === undefined) continue;
        const parts = groupBy(samePeriod, (r) => splitBy(t, r.cell));
        for (const [dim, items] of parts) {
          const known = items.filter((r) => r.cell.obs.value !== undefined);
          const sum = known.reduce((s, r) => s + (r.cell.obs.value as number), 0);
          const slack = items.reduce(
            (s, r) => s + (r.cell.obs.suppressed ? r.cell.obs.suppressed.below - 1 : 0),
            0,
          );
          const fits =
            slack === 0
              ? close(sum, t.obs.value)
              : sum <= t.obs.value && t.obs.value <= sum + slack;
          if (fits) continue;
          const range = slack === 0 ? `${sum}` : `between ${sum} and ${sum + slack}`;
          const sources = [...total.sources, ...items.flatMap((r) => r.sources)];
          flags.push({
            code: 'incomplete-disaggregation',
            message:
              `${ind.id}, ${t.period.text}, ${describeCell(t)}: the parts by ${dim} add up to ` +
              `${range}, but the total is ${t.obs.value} (${sourcesText(sources)}).`,
            indicator: ind.id,
            period: t.period.text,
            ...placeOf(t),
            sources: [...new Set(sources)],
            observations: [t.index, ...items.map((r) => r.cell.index)],
          });
        }
      }
    }
  }
  return flags;
}
