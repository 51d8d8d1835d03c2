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
 * Walks with an explicit stack (no recursion) and visits each object once.
 */
export function tooDeepAt(value: unknown, max = MAX_NESTING): string | undefined {
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
