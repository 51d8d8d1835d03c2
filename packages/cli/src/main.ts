#!/usr/bin/env node
/** The `prim` executable: binds `run` to the process. Dispatch lives in run.ts. */
import { escapeControls } from './format/terminal-safe.js';
import type { Io } from './io.js';
import { readLimited } from './read-limited.js';
import { run } from './run.js';

// `prim indicators | head` closes the pipe early; that is not an error worth a trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

// Every byte written goes through the control-character filter (see terminal-safe.ts).
const io: Io = {
  stdout: (text) => void process.stdout.write(escapeControls(text)),
  stderr: (text) => void process.stderr.write(escapeControls(text)),
  readStdin: () => readLimited(process.stdin),
};

process.exitCode = await run(process.argv.slice(2), io);
