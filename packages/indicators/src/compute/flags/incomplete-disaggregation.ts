/**
 * 'incomplete-disaggregation' (Akvo RSR's incomplete_data): the parts of a total by one
 * dimension — sex, profile, commune… — do not add up to the total reported for the same
 * indicator, period and place. Suppressed parts widen the check to a range.
 */
import type { Feed } from '../../schema/types.js';
import { DIMENSIONS, type Place, describeCell } from '../cells.js';
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
  for (const d of DIMENSIONS) {
    if (place.values[d] === undefined) continue;
    // An implied region is never the dimension a part adds to its total.
    if (d === 'region' && place.impliedRegion) continue;
    out.push([keyWithout(place, d), d]);
    if (place.impliedRegion) out.push([keyWithout(place, d, 'region'), d]);
  }
  return out;
}

/** The key (Place.key) of the place's values without dimension `a` (nor `b`). */
function keyWithout(place: Place, a: Dimension, b?: Dimension): string {
  // Joined, as Place.key is: one flat string, not a chain of a dozen pieces to hash.
  const parts = new Array<string>(DIMENSIONS.length + 1);
  for (let i = 0; i < DIMENSIONS.length; i++) {
    const d = DIMENSIONS[i] as Dimension;
    parts[i] = d === a || d === b ? '' : (place.values[d] ?? '');
  }
  parts[DIMENSIONS.length] = place.currency ?? '';
  return parts.join('|');
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function incompleteDisaggregation(feed: Feed, options?: ComputeOptions): Flag[] {
  const ctx = contextOf(feed);
  const flags: Flag[] = [];
  // Places are far fewer than cells: each one's totals are worked out once, by place id,
  // keeping only the keys of places the feed has (most cells of a large feed are parts of
  // no total), and whether it is a total itself.
  const keysByPlace: Array<ReadonlyArray<[string, Dimension]>> = [];
  const totalKeySet = new Set<string>();
  for (const place of ctx.places.values()) {
    const keys = totalKeys(place).filter(([key]) => ctx.places.has(key));
    keysByPlace[place.id] = keys;
    for (const [key] of keys) totalKeySet.add(key);
  }
  const keysOf = (place: Place) => keysByPlace[place.id] ?? [];
  const isTotal = new Uint8Array(ctx.places.size);
  for (const place of ctx.places.values()) if (totalKeySet.has(place.key)) isTotal[place.id] = 1;
  for (const ind of feed.indicators) {
    if (ind.aggregation === 'ratio') continue;
    const { resolved } = resolveConflicts(ctx, selectCells(feed, ind.id, options));
    for (const samePeriod of groupBy(resolved, (r) => r.cell.span.id).values()) {
      if (samePeriod.length < 2) continue;
      const byKey = groupBy(samePeriod, (r) =>
        isTotal[r.cell.place.id] === 1 ? r.cell.key : undefined,
      );
      // Parts of each total by dimension, in feed order (the order of `samePeriod`).
      const partsOf = new Map<Resolved, Map<Dimension, Resolved[]>>();
      // Indexed loops: iterators' results per cell were much of what this check allocated.
      for (let p = 0; p < samePeriod.length; p++) {
        const part = samePeriod[p] as Resolved;
        const keys = keysOf(part.cell.place);
        for (let k = 0; k < keys.length; k++) {
          const [key, dim] = keys[k] as [string, Dimension];
          const totals = byKey.get(key);
          if (totals === undefined) continue;
          for (let t = 0; t < totals.length; t++) {
            const total = totals[t] as Resolved;
            const parts = partsOf.get(total) ?? new Map<Dimension, Resolved[]>();
            partsOf.set(total, parts);
            const items = parts.get(dim);
            if (items) items.push(part);
            else parts.set(dim, [part]);
          }
        }
      }
      for (let s = 0; s < samePeriod.length; s++) {
        const total = samePeriod[s] as Resolved;
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
