/**
 * Runs `prim` for the tests. `prim` runs the command in this process: the same `run(argv, io)`
 * the executable calls, with the io the executable gives it (every write through the control
 * filter, standard input read with its limit), so a test sees the bytes a user would see, the
 * exit code and the files written, without paying a Node start-up per call (about half a
 * second each, hundreds of calls). `primProcess` runs the real executable in a child process,
 * for the few tests of the process itself: exit codes, pipes, the binding in main.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { escapeControls } from '../src/format/terminal-safe.js';
import { readLimited } from '../src/read-limited.js';
import { run } from '../src/run.js';

const ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export const FIXTURE = fileURLToPath(new URL('./fixtures/mini.feed.json', import.meta.url));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `run` as the executable calls it, from `cwd`, with `input` on standard input (none: an
 * empty one, as a child given no input reads). Standard output and standard error go to
 * `out` and `err`, in the order they are written.
 */
function runInProcess(...call: Parameters<typeof runAlone>): Promise<number> {
  // One run at a time: a run changes the process's directory, and a run left going by a test
  // that timed out must not change it under the next one (it once wrote a sample's -o file
  // into the repository).
  const next = queue.then(() => runAlone(...call));
  queue = next.catch(() => undefined);
  return next;
}

let queue: Promise<unknown> = Promise.resolve();

async function runAlone(
  args: readonly string[],
  cwd: string,
  input: string | undefined,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const previous = { cwd: process.cwd(), debug: process.env.PRIM_DEBUG };
  // As in a user's shell without PRIM_DEBUG: an internal error reads as one line.
  delete process.env.PRIM_DEBUG;
  // Relative paths on the command line are the user's shell's: resolved from `cwd`.
  if (cwd !== previous.cwd) process.chdir(cwd);
  try {
    return await run(args, {
      stdout: (text) => out(escapeControls(text)),
      stderr: (text) => err(escapeControls(text)),
      readStdin: () => readLimited(Readable.from(input === undefined ? [] : [Buffer.from(input)])),
    });
  } finally {
    if (process.cwd() !== previous.cwd) process.chdir(previous.cwd);
    if (previous.debug !== undefined) process.env.PRIM_DEBUG = previous.debug;
  }
}

/** `prim ARGS` run from the repository's root: its exit code, standard output and error. */
export async function prim(args: readonly string[], input?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await runInProcess(
    args,
    ROOT,
    input,
    (text) => (stdout += text),
    (text) => (stderr += text),
  );
  return { status, stdout, stderr };
}

/**
 * What a terminal shows: standard output and standard error in the order they were written
 * (one stream for both, as `2>&1` does), running in `cwd`.
 */
export async function primInTerminal(args: readonly string[], cwd: string): Promise<string> {
  let both = '';
  const write = (text: string) => (both += text);
  await runInProcess(args, cwd, undefined, write, write);
  return both;
}

// An absolute loader, so that the command also runs from a folder outside the repository.
const TSX = import.meta.resolve('tsx');
const ENV = { ...process.env, NO_COLOR: '1', PRIM_DEBUG: '' };

/** The real `prim` executable in a child process, as a user's shell runs it. */
export function primProcess(args: readonly string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: ENV,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary file holding `text`. */
export function tempFile(text: string, name = 'feed.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'prim-cli-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The fixture feed as a fresh object, to derive broken variants from. */
export function fixtureFeed(): Record<string, unknown> & {
  observations: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
  activities: Record<string, unknown>[];
} {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as ReturnType<typeof fixtureFeed>;
}
