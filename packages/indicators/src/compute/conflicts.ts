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

/**
 * The chosen observation of a group, with every source that agrees with it. A cell alone
 * in its slot is its own Resolved (Cell has both fields).
 */
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

/**
 * Where the first cell of each slot (period and place: cells of one slot report the same
 * thing and may conflict) lies in a list: a slot is `span.id × places + place.id`, a small
 * integer. A typed array when slots are not many more than cells (no hashing and nothing
 * for the collector to trace: a large feed has millions of cells), else a Map.
 */
class FirstOfSlot {
  private readonly array: Int32Array | undefined;
  private readonly map: Map<number, number> | undefined;
  constructor(slots: number, cells: number) {
    if (slots <= 8 * cells + 1024) this.array = new Int32Array(slots).fill(-1);
    else this.map = new Map();
  }
  /** The position of the slot's first cell, or -1 when none was seen yet. */
  get(slot: number): number {
    return this.array ? (this.array[slot] as number) : (this.map?.get(slot) ?? -1);
  }
  set(slot: number, at: number): void {
    if (this.array) this.array[slot] = at;
    else this.map?.set(slot, at);
  }
}

/** One Resolved per (period, place), plus the groups where sources disagree. Shared: never change it. */
export function resolveConflicts(ctx: FeedContext, cells: readonly Cell[]): Resolutions {
  const hit = resolvedOf.get(cells);
  if (hit) return hit;
  const places = ctx.places.size;
  const slotOf = (c: Cell) => c.span.id * places + c.place.id;
  const first = new FirstOfSlot(ctx.spanCount * places, cells.length);
  // Most slots hold one cell: only slots seen twice get a list, by their first cell's position.
  const more = new Map<number, Cell[]>();
  let inOrder = true;
  let previous = -1;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as Cell;
    if (c.index < previous) inOrder = false;
    previous = c.index;
    const slot = slotOf(c);
    const f = first.get(slot);
    if (f < 0) first.set(slot, i);
    else {
      const list = more.get(f);
      if (list) list.push(c);
      else more.set(f, [cells[f] as Cell, c]);
    }
  }
  const resolved: Resolved[] = [];
  const conflicts: ConflictGroup[] = [];
  const prefer = preference(ctx);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Cell;
    if (first.get(slotOf(cell)) !== i) continue;
    const group = more.get(i);
    if (!group) {
      resolved.push(cell);
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
