import type { Feed } from '@prim/indicators';
import { formatIssues } from './format/issues.js';
import type { Io } from './io.js';
import { parseFeedInput, readFeed } from './read-feed.js';

/**
 * Reads a feed that must be valid as a whole: commands that rewrite feeds (export, merge,
 * diff) never work from a partial one, which would drop data. Errors go to standard error
 * with their JSON paths; undefined then (exit 1).
 */
export async function readValidFeed(
  arg: string | undefined,
  io: Io,
): Promise<{ readonly name: string; readonly feed: Feed } | undefined> {
  const input = await readFeed(arg, io);
  const { name } = input;
  const result = parseFeedInput(input);
  io.stderr(formatIssues(result.ok ? [] : result.errors, result.warnings, `${name}: `));
  if (!result.ok) {
    io.stderr(`prim: ${name} is not a valid feed; nothing written\n`);
    return undefined;
  }
  return { name, feed: result.feed };
}
