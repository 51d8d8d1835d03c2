/** Shared pieces of the fuzz tests: a small real feed, JSON mutations, a non-finite finder. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The built-in PRIM feed cut down to every non-footfall observation and 40 footfall ones:
 * every indicator, dimension and kind of observation is there, and a run stays fast.
 */
export function smallPrimFeed(): { [key: string]: Json } {
  const feed = JSON.parse(
    readFileSync(new URL('../../feeds/prim.feed.json', import.meta.url), 'utf8'),
  ) as { observations: Array<{ indicator: string }> } & { [key: string]: Json };
  let footfall = 0;
  feed.observations = feed.observations.filter(
    (o) => o.indicator !== 'baom-footfall' || footfall++ < 40,
  );
  return feed;
}

/** Every path to a node of `value`, root excluded. */
export function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return keys.flatMap((k) => {
    const child = (value as Record<string | number, Json>)[k] as Json;
    return [[...prefix, k], ...pathsOf(child, [...prefix, k])];
  });
}

/** Values that tend to break numeric and date code, beside arbitrary JSON. */
const nasty = fc.constantFrom<Json>(
  0,
  -1,
  0.5,
  1e308,
  Number.MAX_SAFE_INTEGER,
  5e-324,
  '',
  '2022-02-30',
  '2022-13',
  '2024-02-29',
  '0000',
  '9999-12-31',
  '2022-Q5',
  '2023/2022',
  '2022-H1/2024-08',
  'NaN',
  'Infinity',
  '__proto__',
  'constructor',
  [],
  {},
  null,
  true,
);

export interface Mutation {
  /** Index into the feed's paths (modulo their number). */
  readonly at: number;
  readonly op: 'set' | 'delete' | 'duplicate';
  readonly value: Json;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'set', 'delete', 'duplicate'),
  value: fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>),
});

/** A copy of `feed` with the mutations applied in order. */
export function mutate(feed: Json, mutations: readonly Mutation[]): Json {
  const copy = structuredClone(feed);
  for (const m of mutations) {
    const paths = pathsOf(copy);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length]!;
    const parent = path.slice(0, -1).reduce<Json>((node, k) => (node as never)[k], copy) as
      Json[] | { [key: string]: Json };
    const key = path.at(-1)!;
    if (m.op === 'set') (parent as Record<string | number, Json>)[key] = m.value;
    else if (Array.isArray(parent) && typeof key === 'number') {
      if (m.op === 'delete') parent.splice(key, 1);
      else parent.push(structuredClone(parent[key]!));
    } else delete (parent as Record<string | number, Json>)[key];
  }
  return copy;
}

/** JSON paths of every NaN or ±Infinity in a result (which a widget would print as text). */
export function nonFinite(value: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`, seen));
}
