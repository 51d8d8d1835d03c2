import { fileURLToPath } from 'node:url';
import { type ParseResult, parseFeed, parseFeedSource } from '@prim/indicators';
import { type FeedFile, openFeedFile } from './feed-file.js';
import type { Io } from './io.js';
import { InputTooLargeError, MAX_STDIN_BYTES } from './read-limited.js';

/** The feed could not be read at all (exit code 2), as opposed to read and found invalid. */
export class FeedReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedReadError';
  }
}

export interface FeedInput {
  /** How to name the feed in messages: its path, 'standard input' or the built-in path. */
  readonly name: string;
  /**
   * A file, opened and read by pieces as it is parsed (parseFeedSource: a large feed is
   * never one string, nor held whole as bytes), or standard input's text.
   */
  readonly content: FeedFile | string;
}

/**
 * The feed read, parsed: from a file or from text, the same answer. The file is closed
 * once parsed.
 */
export function parseFeedInput(input: FeedInput): ParseResult {
  const content = input.content;
  if (typeof content === 'string') return parseFeed(content);
  try {
    return parseFeedSource(content);
  } catch (err) {
    throw new FeedReadError(`cannot read the feed ${input.name}: ${describeSystemError(err)}`, {
      cause: err,
    });
  } finally {
    content.close();
  }
}

/**
 * The built-in PRIM feed, found through the export map of @prim/indicators so that it
 * follows the package wherever it is installed.
 */
export function builtInFeedPath(): string {
  return fileURLToPath(import.meta.resolve('@prim/indicators/feeds/prim.json'));
}

/** `ENOENT: no such file or directory, open 'x'` → `no such file or directory (ENOENT)`. */
export function describeSystemError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as NodeJS.ErrnoException).code;
  if (code === undefined) return err.message;
  const text = err.message.replace(new RegExp(`^${code}: `), '').replace(/, \w+( '.*')?$/, '');
  return `${text} (${code})`;
}

/** A byte-order mark is not part of the JSON text; spreadsheet exports often add one. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads the feed named on the command line: a path, `-` for standard input, or none. */
export async function readFeed(arg: string | undefined, io: Io): Promise<FeedInput> {
  if (arg === '-') {
    try {
      return { name: 'standard input', content: withoutBom(await io.readStdin()) };
    } catch (err) {
      throw new FeedReadError(`cannot read standard input: ${describeSystemError(err)}`, {
        cause: err,
      });
    }
  }
  const path = arg ?? builtInFeedPath();
  try {
    const file = openFeedFile(path);
    // The same bound as standard input (a feed that parseFeed must judge is read whole).
    if (file.size > MAX_STDIN_BYTES) {
      file.close();
      throw new InputTooLargeError(MAX_STDIN_BYTES);
    }
    // A byte-order mark is skipped by parseFeedSource.
    return { name: path, content: file };
  } catch (err) {
    const what = arg === undefined ? 'the built-in PRIM feed' : 'the feed';
    throw new FeedReadError(`cannot read ${what} ${path}: ${describeSystemError(err)}`, {
      cause: err,
    });
  }
}
