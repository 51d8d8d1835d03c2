/**
 * Writes a feed as JSON text that is small and diffs well: indented, except that each
 * observation sits on one line (thousands of them; indenting them would double the size).
 */
import type { Feed } from '../../src/schema/types.js';

const MARKER = '__observations__';

export function feedToJson(feed: Feed): string {
  const frame = JSON.stringify({ ...feed, observations: MARKER }, null, 2);
  const lines = feed.observations.map((o) => `    ${JSON.stringify(o)}`).join(',\n');
  const list = feed.observations.length === 0 ? '[]' : `[\n${lines}\n  ]`;
  // A function replacement, so that `$` in the data is never read as a pattern.
  return `${frame.replace(`"${MARKER}"`, () => list)}\n`;
}
