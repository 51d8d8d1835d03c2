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

/** The answers of resolveConflicts, per list of cells (selections are shared, see select.ts). */
const resolvedOf = new WeakMap<readonly Cell[], Resolutions>();

interface Resolutions {
  readonly resolved: readonly Resolved[];
  readonly conflicts: readonly ConflictGroup[];
}

/** One Resolved per (period, place), plus the groups where sources disagree. Shared: never change it. */
export function resolveConflicts(ctx: FeedContext, cells: readonly Cell[]): Resolutions {
  const hit = resolvedOf.get(cells);
  if (hit) return hit;
  // Most slots hold one cell: only slots seen twice get a list.
  const first = new Map<number, Cell>();
  const more = new Map<number, Cell[]>();
  let inOrder = true;
  let previous = -1;
  for (const c of cells) {
    if (c.index < previous) inOrder = false;
    previous = c.index;
    const slot = c.slot;
    const f = first.get(slot);
    if (f === undefined) first.set(slot, c);
    else {
      const list = more.get(slot);
      if (list) list.push(c);
      else more.set(slot, [f, c]);
    }
  }
  const resolved: Resolved[] = [];
  const conflicts: ConflictGroup[] = [];
  const prefer = preference(ctx);
  for (const [slot, cell] of first) {
    const group = more.get(slot);
    if (!group) {
      resolved.push({ cell, sources: oneSource(ctx, cell.obs.source) });
      continue;
    }
    const ordered = [...group].sort(prefer);
    const chosen = ordered[0] as Cell;
    const agreeing = ordered.filter((c) => claim(c) === claim(chosen));
    resolved.push({ cell: chosen, sources: unique(agreeing.map((c) => c.obs.source)) });
    if (agreeing.length < ordered.length) {
      conflicts.push(toConflict(ordered, 'same-period', chosen));
    }
  }
  // In feed order: already so when the cells were and no group chose a later cell.
  if (!inOrder || more.size > 0) resolved.sort((a, b) => a.cell.index - b.cell.index);
  const answer = { resolved: Object.freeze(resolved), conflicts: Object.freeze(conflicts) };
  resolvedOf.set(cells, answer);
  return answer;
}

/** The list of one source, shared by every observation of that source alone. */
function oneSource(ctx: FeedContext, source: string): readonly string[] {
  let list = ctx.sourceLists.get(source);
  if (!list) {
    list = Object.freeze([source]);
    ctx.sourceLists.set(source, list);
  }
  return list;
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
