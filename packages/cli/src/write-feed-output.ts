import { writeFile } from 'node:fs/promises';
import type { Feed } from '@prim/indicators';
import type { Io } from './io.js';
import { describeSystemError, FeedReadError } from './read-feed.js';

/** Writes a feed as indented JSON to `out`, or to standard output when there is none. */
export async function writeFeedOutput(
  feed: Feed,
  out: string | boolean | undefined,
  io: Io,
  summary = '',
): Promise<void> {
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  if (typeof out !== 'string') {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(out, text);
  } catch (err) {
    throw new FeedReadError(`cannot write ${out}: ${describeSystemError(err)}`);
  }
  io.stderr(`wrote ${out}${summary}\n`);
}
