/**
 * The sample outputs of the CLI README are what the commands print: each ```console block
 * opens with `$ pnpm -s prim …`, and the lines after it are compared with the real command's
 * output (standard output and standard error together, as a terminal shows them).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { primInTerminal } from './run-cli.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const README = readFileSync(join(ROOT, 'packages/cli/README.md'), 'utf8');
const PROMPT = '$ pnpm -s prim ';
/** A line `…` alone: the sample stops there; the real output goes on. */
const CUT = '…';

interface Sample {
  readonly args: string[];
  readonly expected: string[];
}

const samples: Sample[] = [...README.matchAll(/^```console\n([\s\S]*?)^```$/gm)].map((m) => {
  const [command = '', ...expected] = (m[1] ?? '').trimEnd().split('\n');
  if (!command.startsWith(PROMPT)) throw new Error(`a console sample must open with ${PROMPT}`);
  return { args: command.slice(PROMPT.length).split(/\s+/), expected };
});

// Files the samples write (-o, --rejects) land here, not in the repository; the samples read
// examples/ as they would from the repository's root.
const cwd = mkdtempSync(join(tmpdir(), 'prim-readme-'));
symlinkSync(join(ROOT, 'examples'), join(cwd, 'examples'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('the CLI README', () => {
  it('has samples for validate, indicators, aggregate, import-iati and render', () => {
    expect(samples.map((s) => s.args[0])).toEqual(
      expect.arrayContaining(['validate', 'indicators', 'aggregate', 'import-iati', 'render']),
    );
  });

  it.each(samples.map((s) => [s.args.join(' '), s] as const))('prim %s', async (_, sample) => {
    const lines = (await primInTerminal(sample.args, cwd))
      .replaceAll(ROOT, `${CUT}/`)
      .trimEnd()
      .split('\n')
      .filter((line, i, all) => line !== '' || all.length > 1);
    const cut = sample.expected.indexOf(CUT);
    const actual = cut === -1 ? lines : lines.slice(0, cut);
    expect(actual.join('\n')).toBe(
      sample.expected.slice(0, cut === -1 ? undefined : cut).join('\n'),
    );
  });

  it('prints clean JSON with the documented pnpm -s prim … --json', () => {
    const r = spawnSync('pnpm', ['-s', 'prim', 'indicators', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual([
      'asOf',
      'later',
      'indicators',
      'parity',
      'flags',
    ]);
  });
});
