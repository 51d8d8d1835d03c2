import { describe, expect, it } from 'vitest';
import { prim, primProcess } from './run-cli.js';

// The executable's own behaviour (its exit code, its output on the real streams) in a child
// process, once per kind of outcome; the usage texts in-process, where each call costs no
// Node start-up (a test of four start-ups outlasted its 5 s with a core busy).
describe('prim, the executable', () => {
  it('prints its help and version, and exits 0', () => {
    const help = primProcess(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: prim COMMAND');

    const version = primProcess(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with the usage on standard error for an unknown command', () => {
    const r = primProcess(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: prim COMMAND');
    expect(r.stdout).toBe('');
  });
});

describe('prim', () => {
  it('lists its commands in its help', async () => {
    const help = await prim(['--help']);
    expect(help.stdout).toContain('validate');
    expect(help.stdout).toContain('indicators');
  });

  it('prints the help of a command', async () => {
    const r = await prim(['help', 'indicators']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--as-of DATE');
    expect((await prim(['validate', '--help'])).stdout).toContain('Usage: prim validate');
  });

  it('exits 2 with the usage for an unknown command, option or help topic', async () => {
    for (const args of [['frobnicate'], ['--frobnicate'], ['help', 'frobnicate'], []]) {
      const r = await prim(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: prim COMMAND');
      expect(r.stdout).toBe('');
    }
  });

  it('exits 2 with the command usage for a bad option, without a stack trace', async () => {
    const r = await prim(['validate', '--strict-mode']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--strict-mode');
    expect(r.stderr).toContain('Usage: prim validate');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
