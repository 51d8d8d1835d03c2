import { describe, expect, it } from 'vitest';
import { primProcess as prim } from './run-cli.js';

describe('prim', () => {
  it('prints its help and version', () => {
    const help = prim(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: prim COMMAND');
    expect(help.stdout).toContain('validate');
    expect(help.stdout).toContain('indicators');

    const version = prim(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints the help of a command', () => {
    const r = prim(['help', 'indicators']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--as-of DATE');
    expect(prim(['validate', '--help']).stdout).toContain('Usage: prim validate');
  });

  it('exits 2 with the usage for an unknown command, option or help topic', () => {
    for (const args of [['frobnicate'], ['--frobnicate'], ['help', 'frobnicate'], []]) {
      const r = prim(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: prim COMMAND');
      expect(r.stdout).toBe('');
    }
  });

  it('exits 2 with the command usage for a bad option, without a stack trace', () => {
    const r = prim(['validate', '--strict-mode']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--strict-mode');
    expect(r.stderr).toContain('Usage: prim validate');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
