/** Runs the real `prim` executable in a child process, as a user's shell would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export const FIXTURE = fileURLToPath(new URL('./fixtures/mini.feed.json', import.meta.url));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// An absolute loader, so that the command also runs from a folder outside the repository.
const TSX = import.meta.resolve('tsx');
const ENV = { ...process.env, NO_COLOR: '1', PRIM_DEBUG: '' };

export function prim(args: readonly string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: ENV,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * What a terminal shows: standard output and standard error in the order they were written
 * (one pipe for both, as `2>&1` does), running in `cwd`.
 */
export function primInTerminal(args: readonly string[], cwd: string): string {
  const result = spawnSync(
    'sh',
    ['-c', 'exec "$@" 2>&1', 'sh', process.execPath, '--import', TSX, MAIN, ...args],
    { cwd, encoding: 'utf8', env: ENV },
  );
  return result.stdout;
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
