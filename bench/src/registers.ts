/**
 * Registers: runs the register benchmark of bench/register-aggregate.ts (which also writes
 * docs/benchmarks-registers.md when `pnpm bench --write` passes --write on) and keeps the
 * table rows of the document it prints, so one `pnpm bench` measures everything without a
 * second copy of that benchmark.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from './options.js';

const SCRIPT = fileURLToPath(new URL('../register-aggregate.ts', import.meta.url));

export function measureRegisters(options: BenchOptions): string[] {
  const args = ['--import', 'tsx', SCRIPT, ...(options.write ? ['--write'] : [])];
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`bench/register-aggregate.ts failed (${r.status})`);
  const head = new Set(REGISTERS_HEAD.split('\n'));
  return r.stdout.split('\n').filter((line) => line.startsWith('|') && !head.has(line));
}

export const REGISTERS_HEAD = `| rows | file MB | path | start-up s | seconds | CPU s | rows/s | peak RSS MB |
| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |`;
