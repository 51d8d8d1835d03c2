import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { publishedViewsFiles, publishFeedBytes, viewsFileName } from '@prim/indicators';
import { parseCommandArgs } from '../args.js';
import { formatIssues } from '../format/issues.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { openOutput, writeOutput } from '../output-file.js';
import { builtInFeedPath, describeSystemError, FeedReadError } from '../read-feed.js';
import { MAX_STDIN_BYTES, InputTooLargeError } from '../read-limited.js';
import { COMMAND_HELP } from '../usage.js';

/** A path as the user would write it: relative to the working directory when inside it. */
const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

async function readBytes(path: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    if ((await stat(path)).size > MAX_STDIN_BYTES) throw new InputTooLargeError(MAX_STDIN_BYTES);
    const buffer = await readFile(path);
    return new Uint8Array(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length),
    );
  } catch (err) {
    throw new FeedReadError(`cannot read the feed ${path}: ${describeSystemError(err)}`, {
      cause: err,
    });
  }
}

/**
 * `prim publish [FEED] [-o DIR]`: writes DIR/NAME.views.json, the views the widgets draw for
 * the feed at its as-of date, with the SHA-256 of the feed's bytes, and the same views in
 * parts (NAME.views.PART.json); the feed is copied into DIR too when it is not there, so
 * that the files a page reads always match.
 */
export async function publishCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    'publish',
    args,
    { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    1,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP.publish);
    return EXIT.ok;
  }
  const feedPath = resolve(positionals[0] ?? builtInFeedPath());
  const dir = resolve(typeof values.output === 'string' ? values.output : dirname(feedPath));
  const viewsPath = join(dir, viewsFileName(basename(feedPath)));
  await mkdir(dir, { recursive: true }).catch((err: unknown) => {
    throw new FeedReadError(`cannot write ${dir}: ${describeSystemError(err)}`, { cause: err });
  });
  const out = await openOutput(viewsPath);
  const bytes = await readBytes(feedPath);
  const published = await publishFeedBytes(bytes);
  if (!published.ok) {
    await out.discard();
    io.stderr(formatIssues(published.errors, [], `${feedPath}: `));
    io.stderr(`prim: ${feedPath} is not a valid feed; nothing written\n`);
    return EXIT.invalid;
  }
  const copy = join(dir, basename(feedPath));
  if (copy !== feedPath) {
    await copyFile(feedPath, copy).catch((err: unknown) => {
      throw new FeedReadError(`cannot write ${copy}: ${describeSystemError(err)}`, { cause: err });
    });
    io.stderr(`wrote ${shown(copy)}\n`);
  }
  const files = publishedViewsFiles(basename(feedPath), published.views);
  // Each through a temporary file; the whole views' was opened before reading the feed.
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await writeOutput(path === viewsPath ? out : await openOutput(path), text);
  }
  const parts = Object.keys(files).length - 1;
  io.stderr(
    `wrote ${shown(viewsPath)} and ${parts} parts of it (views as of ${published.views.asOf})\n`,
  );
  return EXIT.ok;
}
