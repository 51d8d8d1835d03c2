import type { Feed } from '@prim/indicators';
import { formatIssues } from './format/issues.js';
import type { Io } from './io.js';
import { parseFeedInput, readFeed } from './read-feed.js';

/** How a command says that it could use none, or only part, of the feed. */
export interface UsableFeedWords {
  /** `prim indicators`, `prim render`: the prefix of the command's own lines. */
  readonly command: string;
  /** The end of the line when nothing is usable: 'nothing computed'. */
  readonly nothing: string;
  /** The line when only the valid part is used, without the prefix. */
  readonly partial: (name: string) => string;
}

export interface UsableFeed {
  readonly feed: Feed;
  /** False when the feed had errors and only its valid part is used (exit 1). */
  readonly complete: boolean;
}

/**
 * Reads and parses the feed named on the command line, reports its errors and warnings on
 * standard error, and falls back to its valid part. Undefined when no part is usable.
 */
export async function readUsableFeed(
  arg: string | undefined,
  io: Io,
  words: UsableFeedWords,
): Promise<UsableFeed | undefined> {
  const input = await readFeed(arg, io);
  const { name } = input;
  const result = parseFeedInput(input);
  if (result.ok) {
    io.stderr(formatIssues([], result.warnings, `${name}: `));
    return { feed: result.feed, complete: true };
  }
  io.stderr(formatIssues(result.errors, result.warnings, `${name}: `));
  if (!result.partial) {
    io.stderr(`${words.command}: ${name} is not a usable feed; ${words.nothing}\n`);
    return undefined;
  }
  io.stderr(`${words.command}: ${words.partial(name)}\n`);
  return { feed: result.partial, complete: false };
}
