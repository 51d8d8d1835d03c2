/**
 * Several sources may report the same indicator for the same period and place. One figure
 * is chosen deterministically — the source with the latest date, then the first in feed
 * order — and every disagreement is kept as a Conflict, never hidden.
 */
import type { Indicator } from '../schema/types.js';
import type { Cell } from './cells.js';
import type { FeedContext } from './context.js';
import { groupBy } from './group.js';
import type { Conflict } from './results.js';

/** The chosen observation of a group, with every source that agrees with it. */
export interface Resolved {
  readonly cell: Cell;
  readonly sources: readonly string[];
}

/** A Conflict plus the cells behind it, for flags that name observations. */
export interface ConflictGroup extends Conflict {
  readonly cells: readonly Cell[];
  readonly kind: 'same-period' | 'cumulative-decrease' | 'cumulative-total-decrease';
}

/** The number an observation reports: its value, else numerator ÷ denominator. */
export function reading(cell: Cell): number | undefined {
  const o = cell.obs;
  if (o.value !== undefined) return o.value;
  if (o.numerator !== undefined && o.denominator !== undefined && o.denominator > 0) {
    return o.numerator / o.denominator;
  }
  return undefined;
}

/** A comparable form of what an observation says, suppression included. */
function claim(cell: Cell): string {
  const o = cell.obs;
  if (o.suppressed) return `<${o.suppressed.below}`;
  if (o.numerator !== undefined && o.denominator !== undefined) {
    return `${o.numerator}/${o.denominator}`;
  }
  return String(o.value);
}

/** Latest-dated source first, then feed order. */
function preference(ctx: FeedContext): (a: Cell, b: Cell) => number {
  const day = (c: Cell) => ctx.sourceDay.get(c.obs.source) ?? Number.NEGATIVE_INFINITY;
  return (a, b) => day(b) - day(a) || a.index - b.index;
}

function toConflict(cells: readonly Cell[], kind: ConflictGroup['kind'], at: Cell): ConflictGroup {
  return {
    period: at.period.text,
    values: cells.flatMap((c) => {
      const value = reading(c);
      return value === undefined ? [] : [{ value, sources: [c.obs.source] }];
    }),
    cells,
    kind,
  };
}

/** One Resolved per (period, place), plus the groups where sources disagree. */
export function resolveConflicts(
  ctx: FeedContext,
  cells: readonly Cell[],
): { resolved: Resolved[]; conflicts: ConflictGroup[] } {
  const groups = groupBy(cells, (c) => c.slot);
  const resolved: Resolved[] = [];
  const conflicts: ConflictGroup[] = [];
  const prefer = preference(ctx);
  for (const group of groups.values()) {
    const ordered = group.length > 1 ? [...group].sort(prefer) : group;
    const chosen = ordered[0] as Cell;
    const agreeing = ordered.filter((c) => claim(c) === claim(chosen));
    resolved.push({ cell: chosen, sources: unique(agreeing.map((c) => c.obs.source)) });
    if (agreeing.length < ordered.length) {
      conflicts.push(toConflict(ordered, 'same-period', chosen));
    }
  }
  resolved.sort((a, b) => a.cell.index - b.cell.index);
  return { resolved, conflicts };
}

/**
 * For a cumulative indicator, a later value below an earlier value of the same place from
 * another source cannot both be right: a cumulative count never falls.
 */
export function cumulativeConflicts(indicator: Indicator, cells: readonly Cell[]): ConflictGroup[] {
  if (!indicator.cumulative) return [];
  const series = groupBy(cells, (c) => (reading(c) === undefined ? undefined : c.key));
  const out: ConflictGroup[] = [];
  for (const s of series.values()) {
    const ordered = [...s].sort((a, b) => a.end - b.end || a.index - b.index);
    ordered.forEach((later, j) => {
      const earlier = ordered
        .slice(0, j)
        .filter(
          (e) =>
            e.end < later.end &&
            e.obs.source !== later.obs.source &&
            (reading(e) as number) > (reading(later) as number),
        );
      if (earlier.length > 0)
        out.push(toConflict([...earlier, later], 'cumulative-decrease', later));
    });
  }
  return out;
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
