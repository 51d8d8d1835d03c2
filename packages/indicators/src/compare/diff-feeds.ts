/**
 * What changed between two feeds, as an M&E officer tells evaluators: observations added,
 * removed and changed, definitions (indicators, sources, dimensions, activities, the
 * programme) added, removed and changed, and the indicators whose status changed.
 */
import { computeIndicators } from '../compute/summary.js';
import type { ComputeOptions, Status } from '../compute/results.js';
import type { CalendarDate } from '../periods/calendar-date.js';
import type { Feed, Observation } from '../schema/types.js';
import { canonicalJson } from './canonical-json.js';

export type DefinitionKind =
  | 'programme'
  | 'indicator'
  | 'source'
  | 'region'
  | 'commune'
  | 'profile'
  | 'sex'
  | 'call'
  | 'activity';

/** One change; observations name their indicator and period, definitions their id. */
export interface FeedChange {
  readonly kind: 'observation' | DefinitionKind;
  /** The indicator (an observation's, or the indicator defined). */
  readonly indicator?: string;
  readonly period?: string;
  /** The id of a definition. */
  readonly id?: string;
  /** The dimensions and source that tell an observation apart from its neighbours. */
  readonly where?: Readonly<Record<string, string>>;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface StatusChange {
  readonly indicator: string;
  /** The period of the actual value the new status rests on, when there is one. */
  readonly period?: string;
  readonly before: Status;
  readonly after: Status;
  readonly asOf: { readonly before: CalendarDate; readonly after: CalendarDate };
}

export interface FeedDiff {
  readonly added: readonly FeedChange[];
  readonly removed: readonly FeedChange[];
  readonly changed: readonly FeedChange[];
  readonly statusChanges: readonly StatusChange[];
}

/** The fields that tell an observation apart: a change elsewhere is a changed value. */
const WHERE = ['region', 'commune', 'sex', 'profile', 'activity', 'call', 'source'] as const;

function whereOf(o: Observation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of WHERE) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

const observationKey = (o: Observation) => canonicalJson([o.indicator, o.period, whereOf(o)]);

function observationChange(o: Observation, side: 'before' | 'after'): FeedChange {
  return {
    kind: 'observation',
    indicator: o.indicator,
    period: o.period,
    where: whereOf(o),
    [side]: o,
  };
}

function diffObservations(
  old: readonly Observation[],
  now: readonly Observation[],
  out: Changes,
): void {
  const groups = new Map<string, { old: Observation[]; now: Observation[] }>();
  const group = (o: Observation) => {
    const key = observationKey(o);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { old: [], now: [] }));
    return g;
  };
  for (const o of old) group(o).old.push(o);
  for (const o of now) group(o).now.push(o);
  for (const g of groups.values()) {
    // Identical observations on both sides cancel out; what is left pairs up in order.
    const left = [...g.old];
    const right: Observation[] = [];
    for (const o of g.now) {
      const i = left.findIndex((l) => canonicalJson(l) === canonicalJson(o));
      if (i >= 0) left.splice(i, 1);
      else right.push(o);
    }
    const pairs = Math.min(left.length, right.length);
    for (let i = 0; i < pairs; i++) {
      const a = left[i] as Observation;
      out.changed.push({ ...observationChange(a, 'before'), after: right[i] });
    }
    for (const o of left.slice(pairs)) out.removed.push(observationChange(o, 'before'));
    for (const o of right.slice(pairs)) out.added.push(observationChange(o, 'after'));
  }
}

interface Changes {
  added: FeedChange[];
  removed: FeedChange[];
  changed: FeedChange[];
}

function diffById(
  kind: DefinitionKind,
  old: ReadonlyArray<{ id: string }> | undefined,
  now: ReadonlyArray<{ id: string }> | undefined,
  out: Changes,
): void {
  const named = (id: string) => (kind === 'indicator' ? { kind, id, indicator: id } : { kind, id });
  const before = new Map((old ?? []).map((x) => [x.id, x]));
  const after = new Map((now ?? []).map((x) => [x.id, x]));
  for (const [id, x] of before) {
    const y = after.get(id);
    if (y === undefined) out.removed.push({ ...named(id), before: x });
    else if (canonicalJson(x) !== canonicalJson(y))
      out.changed.push({ ...named(id), before: x, after: y });
  }
  for (const [id, y] of after) if (!before.has(id)) out.added.push({ ...named(id), after: y });
}

function statusChanges(old: Feed, now: Feed, asOf: CalendarDate | undefined): StatusChange[] {
  const options: ComputeOptions = asOf ? { asOf } : {};
  const a = computeIndicators(old, options);
  const b = computeIndicators(now, options);
  const before = new Map(a.indicators.map((p) => [p.id, p]));
  const out: StatusChange[] = [];
  for (const p of b.indicators) {
    const q = before.get(p.id);
    if (!q || q.status === p.status) continue;
    out.push({
      indicator: p.id,
      ...(p.actualPeriod !== undefined && { period: p.actualPeriod }),
      before: q.status,
      after: p.status,
      asOf: { before: a.asOf, after: b.asOf },
    });
  }
  return out;
}

/**
 * Compares two feeds. Each feed's status is computed as at its own asOf, so that last
 * month's report meets this month's; `asOf` computes both at one date.
 */
export function diffFeeds(old: Feed, now: Feed, options: { asOf?: CalendarDate } = {}): FeedDiff {
  const out: Changes = { added: [], removed: [], changed: [] };
  if (canonicalJson(old.programme) !== canonicalJson(now.programme)) {
    out.changed.push({
      kind: 'programme',
      id: now.programme.id,
      before: old.programme,
      after: now.programme,
    });
  }
  diffById('indicator', old.indicators, now.indicators, out);
  diffById('source', old.sources, now.sources, out);
  diffById('region', old.dimensions.region, now.dimensions.region, out);
  diffById('commune', old.dimensions.commune, now.dimensions.commune, out);
  diffById('profile', old.dimensions.profile, now.dimensions.profile, out);
  diffById('sex', old.dimensions.sex, now.dimensions.sex, out);
  diffById('call', old.dimensions.call, now.dimensions.call, out);
  diffById('activity', old.activities, now.activities, out);
  diffObservations(old.observations, now.observations, out);
  return { ...out, statusChanges: statusChanges(old, now, options.asOf) };
}
