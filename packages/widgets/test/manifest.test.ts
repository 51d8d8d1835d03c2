/**
 * custom-elements.json is generated (`pnpm --filter @prim/widgets generate`) and committed,
 * for editors, Storybook and documentation tools. This test regenerates it with the same
 * analyzer and configuration and fails when the committed file is stale.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
const out = mkdtempSync(join(tmpdir(), 'prim-cem-'));

interface Manifest {
  modules: {
    path: string;
    declarations?: {
      name: string;
      tagName?: string;
      customElement?: boolean;
      attributes?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
      events?: { name: string }[];
    }[];
  }[];
}

let fresh: string;

beforeAll(async () => {
  // The analyzer joins --outdir to its working directory, so it must be relative.
  await promisify(execFile)(
    process.execPath,
    [
      cli,
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      relative(root, out),
    ],
    { cwd: root },
  );
  fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('custom-elements.json', () => {
  it('is up to date with the element sources (run `pnpm --filter @prim/widgets generate`)', () => {
    const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(fresh));
  });

  it('describes every element with its tag, attributes, parts, custom properties and events', () => {
    const manifest = JSON.parse(fresh) as Manifest;
    const elements = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName);
    const tags = elements.map((d) => d.tagName);
    expect(tags).toEqual(
      expect.arrayContaining(['prim-indicator', 'prim-parity', 'prim-progress']),
    );
    const indicator = elements.find((d) => d.tagName === 'prim-indicator');
    // From `static properties`, including a renamed attribute.
    expect(indicator?.attributes?.map((a) => a.name)).toEqual(
      expect.arrayContaining(['indicator', 'src', 'lang', 'as-of']),
    );
    // From the JSDoc tags on the classes, inherited ones included.
    expect(indicator?.cssParts?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['value', 'base']),
    );
    expect(indicator?.cssProperties?.map((p) => p.name)).toContain('--prim-color-focus');
    expect(indicator?.events?.map((e) => e.name)).toContain('prim-load');
  });
});
