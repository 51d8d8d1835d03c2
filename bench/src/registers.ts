/**
 * Registers: runs the register benchmark of bench/register-aggregate.ts (which also writes
 * docs/benchmarks-registers.md) and keeps the table rows it prints, so one `pnpm bench`
 * measures everything without a second copy of that benchmark.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../register-aggregate.ts', import.meta.url));

export function measureRegisters(): string[] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`bench/register-aggregate.ts failed (${r.status})`);
  return r.stdout.split('\n').filter((line) => line.startsWith('|'));
}

export const REGISTERS_HEAD = `| rows | CSV MB | path | seconds | rows/s | peak RSS MB |
| ---: | ---: | --- | ---: | ---: | ---: |`;
