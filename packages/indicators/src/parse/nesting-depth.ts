import { jsonPath } from './feed-issue.js';

/**
 * A feed is at most a few levels deep ($.observations[3].suppressed.below is 4). Deeper
 * nesting, anywhere, even under an unknown key, is refused before anything recurses over
 * the value: 100 000 nested arrays would otherwise overflow the stack of the copy that
 * drops unknown keys, or of whoever prints the value.
 */
export const MAX_NESTING = 32;

/**
 * The path of the first array or object nested deeper than `max` levels, else undefined.
 * Walks with an explicit stack (no recursion) and visits each object once. With `tree` (a
 * value fresh from JSON.parse, where no object is reached twice), a walk that keeps only
 * depths answers first, and paths are made only when something is too deep: a large feed
 * has millions of objects.
 */
export function tooDeepAt(value: unknown, max = MAX_NESTING, tree = false): string | undefined {
  if (tree && !deeperThan(value, max)) return undefined;
  const seen = new Set<object>();
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as (typeof stack)[number];
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    if (path.length >= max) return jsonPath(path);
    seen.add(node);
    if (Array.isArray(node))
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
    else
      for (const [k, child] of Object.entries(node))
        stack.push({ node: child, path: [...path, k] });
  }
  return undefined;
}

/** True when an object or array of the tree `value` is `max` or more levels down. */
function deeperThan(value: unknown, max: number): boolean {
  const nodes: object[] = [];
  const depths: number[] = [];
  if (typeof value === 'object' && value !== null) {
    nodes.push(value);
    depths.push(0);
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as Record<string, unknown>;
    const depth = depths.pop() as number;
    if (depth >= max) return true;
    const children = Array.isArray(node) ? (node as unknown[]) : Object.values(node);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
