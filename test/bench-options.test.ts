/**
 * A benchmark is a long run that rewrites tracked documents: `--help` must print its options
 * without starting it, and an unknown option must stop it before any measurement.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSX = import.meta.resolve('tsx');

const bench = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', TSX, script, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('pnpm bench and pnpm bench:registers', () => {
  it.each(['bench/run-all.ts', 'bench/register-aggregate.ts'])(
    '%s --help prints its options and measures nothing',
    (script) => {
      const r = bench(script, '--help');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: pnpm bench/);
      expect(r.stdout).toContain('--write');
      expect(r.stderr).toBe('');
    },
  );

  it('stops at an unknown option with the usage, before any measurement', () => {
    const r = bench('bench/run-all.ts', '--wirte');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown argument: --wirte');
    expect(r.stderr).toContain('Usage: pnpm bench');
    expect(r.stdout).toBe('');
  });
});
