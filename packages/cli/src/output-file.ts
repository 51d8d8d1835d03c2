/**
 * Files `prim` writes (-o, --rejects) are opened before any input is read, so that a typo
 * in a path costs nothing, and written to a temporary file beside the target that is renamed
 * over it at the end: an interrupted run never leaves half a feed where a good one was.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeSystemError, FeedReadError } from './read-feed.js';

export interface OutputFile {
  /** Where the file will be. */
  readonly path: string;
  /** Where it is written until `commit`. */
  readonly temp: string;
  /** Renames the temporary file over the target. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is left as it was. */
  discard(): Promise<void>;
}

const cannotWrite = (path: string, err: unknown) =>
  new FeedReadError(`cannot write ${path}: ${describeSystemError(err)}`, { cause: err });

/** Creates the temporary file now; an unwritable path is a FeedReadError (exit 2). */
export async function openOutput(path: string): Promise<OutputFile> {
  const isDir = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isDir) throw new FeedReadError(`cannot write ${path}: it is a directory`);
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await (await open(temp, 'wx')).close();
  } catch (err) {
    throw cannotWrite(path, err);
  }
  return {
    path,
    temp,
    async commit() {
      try {
        await rename(temp, path);
      } catch (err) {
        await rm(temp, { force: true });
        throw cannotWrite(path, err);
      }
    },
    discard: () => rm(temp, { force: true }),
  };
}

/** Writes a whole text file through a temporary file. */
export async function writeOutput(file: OutputFile, text: string): Promise<void> {
  const handle = await open(file.temp, 'w').catch((err: unknown) => {
    throw cannotWrite(file.path, err);
  });
  try {
    await handle.writeFile(text);
  } catch (err) {
    await handle.close();
    await file.discard();
    throw cannotWrite(file.path, err);
  }
  await handle.close();
  await file.commit();
}
