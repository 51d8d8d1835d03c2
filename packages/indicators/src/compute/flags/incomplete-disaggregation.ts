/**
 * 'incomplete-disaggregation' (Akvo RSR's incomplete_data): the parts of a total by one
 * dimension — sex, profile, commune… — do not add up to the total reported for the same
 * indicator, period and place. Suppressed parts widen the check to a range.
 */
import type { Feed } from '../../schema/types.js';
import { type Place, describeCell, keyOf } from '../cells.js';
import { type Resolved, resolveConflicts } from '../conflicts.js';
import { contextOf } from '../context.js';
import { groupBy } from '../group.js';
import type { ComputeOptions, Dimension, Flag } from '../results.js';
import { selectCells } from '../select.js';
import { placeOf, sourcesText } from './flag-fields.js';

/**
 * The keys of the totals a cell of `place` is a direct part of, each with the one dimension
 * that splits it: the keys of the place's values without that dimension (and without the
 * region, when the region is only implied by its commune, call or activity). Looking totals
 * up by key keeps the check linear: comparing every cell with every other of the same period
 * made it quadratic, and it dominated computing on large footfall feeds.
 */
function totalKeys(place: Place): Array<[string, Dimension]> {
  const out: Array<[string, Dimension]> = [];
  for (const d of Object.keys(place.values) as Dimension[]) {
    // An implied region is never the dimension a part adds to its total.
    if (d === 'region' && place.impliedRegion) continue;
    const values = { ...place.values };
    delete values[d];
    out.push([keyOf(values, place.currency), d]);
    if (place.impliedRegion) {
      delete values.region;
      out.push([keyOf(values, place.currency), d]);
    }
  }
  return out;
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function incompleteDisaggregation(feed: Feed, options?: ComputeOptions): Flag[] {
  const ctx = contextOf(feed);
  const flags: Flag[] = [];
  // Places are far fewer than cells: each one's totals are worked out once, keeping only
  // the keys of places the feed has (most cells of a large feed are parts of no total).
  const known = new Map<Place, ReadonlyArray<[string, Dimension]>>();
  const keysOf = (place: Place) => {
    let keys = known.get(place);
    if (!keys) {
      keys = totalKeys(place).filter(([key]) => ctx.places.has(key));
      known.set(place, keys);
    }
    return keys;
  };
  const totalKeySet = new Set<string>();
  for (const place of ctx.places.values()) for (const [key] of keysOf(place)) totalKeySet.add(key);
  for (const ind of feed.indicators) {
    if (ind.aggregation === 'ratio') continue;
    const { resolved } = resolveConflicts(ctx, selectCells(feed, ind.id, options));
    for (const samePeriod of groupBy(resolved, (r) => r.cell.span.id).values()) {
      if (samePeriod.length < 2) continue;
      const byKey = groupBy(samePeriod, (r) =>
        totalKeySet.has(r.cell.key) ? r.cell.key : undefined,
      );
      // Parts of each total by dimension, in feed order (the order of `samePeriod`).
      const partsOf = new Map<Resolved, Map<Dimension, Resolved[]>>();
      for (const part of samePeriod) {
        for (const [key, dim] of keysOf(part.cell.place)) {
          for (const total of byKey.get(key) ?? []) {
            const parts = partsOf.get(total) ?? new Map<Dimension, Resolved[]>();
            partsOf.set(total, parts);
            const items = parts.get(dim);
            if (items) items.push(part);
            else parts.set(dim, [part]);
          }
        }
      }
      for (const total of samePeriod) {
        const t = total.cell;
        const parts = partsOf.get(total);
        if (t.obs.value === undefined || !parts) continue;
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
