import type { Feed } from '@prim/indicators';
import type { Io } from './io.js';
import { type OutputFile, writeOutput } from './output-file.js';

/**
 * Writes a feed as indented JSON to `file` (opened with `openOutput` before any input was
 * read, renamed over its target when complete), or to standard output when there is none.
 */
export async function writeFeedOutput(
  feed: Feed,
  file: OutputFile | undefined,
  io: Io,
  summary = '',
): Promise<void> {
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  if (file === undefined) {
    io.stdout(text);
    return;
  }
  await writeOutput(file, text);
  io.stderr(`wrote ${file.path}${summary}\n`);
}
