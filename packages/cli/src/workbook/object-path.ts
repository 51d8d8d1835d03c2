/** Reading and writing a value at a path of keys inside plain JSON objects. */
type Json = Record<string, unknown>;

export function getPath(node: unknown, path: readonly string[]): unknown {
  let at = node;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Json)[key];
  }
  return at;
}

/** Sets `value` at `path`, creating the objects on the way. */
export function setPath(node: Json, path: readonly string[], value: unknown): void {
  let at = node;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (next === null || typeof next !== 'object') at[key] = {};
    at = at[key] as Json;
  }
  const last = path.at(-1);
  if (last !== undefined) at[last] = value;
}
