/**
 * An observation seen as a cell of the disaggregation space: its period plus the value it
 * has on each dimension. A commune, call or activity implies its region, so a commune's
 * figure is recognised as a part of its region's total even when it does not repeat the
 * region.
 */
import { dayNumber } from '../periods/calendar-date.js';
import { type Period, period as parsePeriodStrict } from '../periods/period.js';
import type { Feed, Observation } from '../schema/types.js';
import type { Dimension } from './results.js';

/** Every dimension, place first. */
export const DIMENSIONS: readonly Dimension[] = [
  'region',
  'commune',
  'call',
  'activity',
  'profile',
  'sex',
];

export interface Cell {
  /** Index in `feed.observations`. */
  readonly index: number;
  readonly obs: Observation;
  readonly period: Period;
  /** Day numbers of the period's first and last day. */
  readonly start: number;
  readonly end: number;
  readonly values: Readonly<Partial<Record<Dimension, string>>>;
  /** Number of dimensions set: the lower, the less disaggregated. */
  readonly size: number;
  /** The dimensions set, as bits (bit i for DIMENSIONS[i]): cheap to compare and intersect. */
  readonly mask: number;
  /** Amounts in different currencies describe different things and are never added. */
  readonly currency: string | undefined;
  /** True when the region comes from the commune, call or activity. */
  readonly impliedRegion: boolean;
  /** The dimension values as one string: cells with equal keys describe the same place. */
  readonly key: string;
  /** Period and place: cells with equal slots report the same thing and may conflict. */
  readonly slot: string;
}

/** Regions implied by communes, calls and activities. */
export function impliedRegions(feed: Feed): {
  readonly commune: ReadonlyMap<string, string>;
  readonly call: ReadonlyMap<string, string>;
  readonly activity: ReadonlyMap<string, string>;
} {
  const map = (list: ReadonlyArray<{ id: string; region?: string }> | undefined) =>
    new Map(
      (list ?? []).flatMap((x) => (x.region === undefined ? [] : [[x.id, x.region] as const])),
    );
  return {
    commune: map(feed.dimensions.commune),
    call: map(feed.dimensions.call),
    activity: map(feed.activities),
  };
}

export function makeCell(
  obs: Observation,
  index: number,
  regions: ReturnType<typeof impliedRegions>,
  periods: Map<string, Period>,
): Cell {
  let p = periods.get(obs.period);
  if (!p) {
    p = parsePeriodStrict(obs.period);
    periods.set(obs.period, p);
  }
  const implied =
    (obs.commune !== undefined ? regions.commune.get(obs.commune) : undefined) ??
    (obs.call !== undefined ? regions.call.get(obs.call) : undefined) ??
    (obs.activity !== undefined ? regions.activity.get(obs.activity) : undefined);
  const values: Partial<Record<Dimension, string>> = {};
  const region = obs.region ?? implied;
  if (region !== undefined) values.region = region;
  for (const d of DIMENSIONS) {
    const v = d === 'region' ? undefined : obs[d];
    if (v !== undefined) values[d] = v;
  }
  const start = dayNumber(p.start);
  const end = dayNumber(p.end);
  const key = keyOf(values, obs.currency);
  return {
    index,
    obs,
    period: p,
    start,
    end,
    values,
    size: Object.keys(values).length,
    mask: maskOf(values),
    currency: obs.currency,
    impliedRegion: implied !== undefined,
    key,
    slot: `${start}/${end}|${key}`,
  };
}

/** The bits of the dimensions that have a value. */
export function maskOf(values: Readonly<Partial<Record<Dimension, string>>>): number {
  return DIMENSIONS.reduce((m, d, i) => (values[d] === undefined ? m : m | (1 << i)), 0);
}

/** The key of a cell with these dimension values: equal keys describe the same place. */
export function keyOf(
  values: Readonly<Partial<Record<Dimension, string>>>,
  currency: string | undefined,
): string {
  return [...DIMENSIONS.map((d) => values[d] ?? ''), currency ?? ''].join('|');
}

/** True when some place, person or activity could be counted in both cells. */
export function compatible(a: Cell, b: Cell): boolean {
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) {
    return false;
  }
  for (const d of DIMENSIONS) {
    const x = a.values[d];
    const y = b.values[d];
    if (x !== undefined && y !== undefined && x !== y) return false;
  }
  return true;
}

/** True when the two periods (of cells, or of anything with day numbers) share a day. */
export function overlapInTime(
  a: Pick<Cell, 'start' | 'end'>,
  b: Pick<Cell, 'start' | 'end'>,
): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** A short description of a cell's place and breakdown, for messages: 'region oriental, sex female'. */
export function describeCell(cell: Cell): string {
  const parts = DIMENSIONS.filter(
    (d) => cell.obs[d] !== undefined || (d === 'region' && cell.values.region !== undefined),
  ).map((d) => `${d} ${cell.values[d] ?? ''}`);
  return parts.length > 0 ? parts.join(', ') : 'all places';
}
