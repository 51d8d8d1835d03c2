/**
 * Several feeds of one programme → one (the workbook, the registers' aggregate, fund
 * records, an IATI import). Definitions are reconciled by id; every observation is kept,
 * so that two sources' differing figures for the same cell stay side by side and the model
 * flags them. An id defined differently in two inputs is refused, never picked silently.
 */
import type { Feed } from '../schema/types.js';
import { canonicalJson } from './canonical-json.js';

export interface MergeInput {
  /** How to name the input in messages: its file name. */
  readonly name: string;
  readonly feed: Feed;
}

/** One thing two inputs define differently. */
export interface MergeConflict {
  /** 'indicator', 'region', …, or a feed-level field: 'programme', 'locales', 'thresholds'. */
  readonly kind: string;
  readonly id?: string;
  /** The two inputs, in order. */
  readonly inputs: readonly [string, string];
}

export type MergeResult =
  | { readonly ok: true; readonly feed: Feed }
  | { readonly ok: false; readonly conflicts: readonly MergeConflict[] };

type Item = { readonly id: string };

function mergeById<T extends Item>(
  kind: string,
  lists: ReadonlyArray<{ name: string; list: readonly T[] | undefined }>,
  conflicts: MergeConflict[],
): T[] | undefined {
  if (lists.every((l) => l.list === undefined)) return undefined;
  const byId = new Map<string, { item: T; from: string }>();
  for (const { name, list } of lists) {
    for (const item of list ?? []) {
      const seen = byId.get(item.id);
      if (!seen) byId.set(item.id, { item, from: name });
      else if (canonicalJson(seen.item) !== canonicalJson(item)) {
        conflicts.push({ kind, id: item.id, inputs: [seen.from, name] });
      }
    }
  }
  return [...byId.values()].map((v) => v.item);
}

/** A feed-level value: the same wherever it is given. */
function mergeSame<T>(
  kind: string,
  values: ReadonlyArray<{ name: string; value: T | undefined }>,
  conflicts: MergeConflict[],
): T | undefined {
  let first: { name: string; value: T } | undefined;
  for (const { name, value } of values) {
    if (value === undefined) continue;
    if (!first) first = { name, value };
    else if (canonicalJson(first.value) !== canonicalJson(value)) {
      conflicts.push({ kind, inputs: [first.name, name] });
    }
  }
  return first?.value;
}

export function mergeFeeds(inputs: readonly MergeInput[]): MergeResult {
  const conflicts: MergeConflict[] = [];
  const each = <T>(get: (f: Feed) => T) => inputs.map((i) => ({ name: i.name, list: get(i.feed) }));
  const same = <T>(kind: string, get: (f: Feed) => T | undefined) =>
    mergeSame(
      kind,
      inputs.map((i) => ({ name: i.name, value: get(i.feed) })),
      conflicts,
    );
  const programme = same('programme', (f) => f.programme);
  const schemaUrl = same('$schema', (f) => f.$schema);
  const locales = same('locales', (f) => f.locales);
  const thresholds = same('thresholds', (f) => f.thresholds);
  const note = same('note', (f) => f.note);
  const dims = (f: Feed) => f.dimensions;
  const merged = {
    ...(schemaUrl !== undefined && { $schema: schemaUrl }),
    schema: 'prim-feed/1' as const,
    programme,
    asOf: inputs.map((i) => i.feed.asOf).reduce((a, b) => (b > a ? b : a)),
    ...(locales !== undefined && { locales }),
    ...(thresholds !== undefined && { thresholds }),
    sources:
      mergeById(
        'source',
        each((f) => f.sources),
        conflicts,
      ) ?? [],
    dimensions: JSON.parse(
      JSON.stringify({
        region:
          mergeById(
            'region',
            each((f) => dims(f).region),
            conflicts,
          ) ?? [],
        commune: mergeById(
          'commune',
          each((f) => dims(f).commune),
          conflicts,
        ),
        profile: mergeById(
          'profile',
          each((f) => dims(f).profile),
          conflicts,
        ),
        sex: mergeById(
          'sex',
          each((f) => dims(f).sex),
          conflicts,
        ),
        call: mergeById(
          'call',
          each((f) => dims(f).call),
          conflicts,
        ),
      }),
    ) as Feed['dimensions'],
    indicators:
      mergeById(
        'indicator',
        each((f) => f.indicators),
        conflicts,
      ) ?? [],
    ...(inputs.some((i) => i.feed.activities) && {
      activities: mergeById(
        'activity',
        each((f) => f.activities),
        conflicts,
      ),
    }),
    observations: withoutRepeats(inputs.map((i) => i.feed.observations)),
    ...(note !== undefined && { note }),
  };
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, feed: merged as Feed };
}

/**
 * The observations of every input, except those an earlier input already brought (e.g.
 * both took the base feed's): those are kept once. Repeats inside one input stay.
 */
function withoutRepeats(lists: readonly Feed['observations'][]): Feed['observations'] {
  const earlier = new Map<string, number>();
  const out: Feed['observations'] = [];
  for (const list of lists) {
    const mine = new Map<string, number>();
    for (const o of list) {
      const key = canonicalJson(o);
      const left = earlier.get(key) ?? 0;
      if (left > 0) earlier.set(key, left - 1);
      else out.push(o);
      mine.set(key, (mine.get(key) ?? 0) + 1);
    }
    for (const [key, n] of mine) earlier.set(key, (earlier.get(key) ?? 0) + n);
  }
  return out;
}
