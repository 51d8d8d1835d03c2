/** `pnpm start` serves the dashboard to this machine only unless PRIM_HOST says otherwise. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** The --host value the script would pass, as sh expands it with `env`. */
function hostOf(script: string, env: Record<string, string> = {}): string | undefined {
  const args = script.split('&&').at(-1) ?? '';
  const r = spawnSync('sh', ['-c', `set -- ${args}; printf '%s\\n' "$@"`], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  const words = r.stdout.split('\n');
  const i = words.indexOf('--host');
  return i < 0 ? undefined : words[i + 1];
}

describe('the address pnpm start listens on', () => {
  for (const name of ['start', 'preview'] as const) {
    it(`${name}: 127.0.0.1 by default, PRIM_HOST to expose it`, () => {
      expect(hostOf(scripts[name] ?? '')).toBe('127.0.0.1');
      // A zsh user's HOST (the machine's name) must not change it.
      expect(hostOf(scripts[name] ?? '', { HOST: 'my-laptop' })).toBe('127.0.0.1');
      expect(hostOf(scripts[name] ?? '', { PRIM_HOST: '0.0.0.0' })).toBe('0.0.0.0');
    });
  }

  it('the Vite config agrees', async () => {
    const config = (await import('../vite.config.js')).default as { preview?: { host?: unknown } };
    expect(config.preview?.host).toBe(process.env.PRIM_HOST ?? '127.0.0.1');
  });
});
