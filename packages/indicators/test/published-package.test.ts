/**
 * What a developer installs: `pnpm pack` of @prim/indicators (its prepack step builds dist/),
 * imported by name from plain Node, with no TypeScript loader, through the exports the
 * published package.json declares.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
// Inside the package, so that the installed copy finds zod and arquero where pnpm put them.
const SCRATCH = join(PACKAGE, '.pack-test');
const INSTALLED = join(SCRATCH, 'node_modules/@prim/indicators');

const CHECK = `
import { computeIndicators, fundCompletion, parseFeed } from '@prim/indicators';
import { crossTab } from '@prim/indicators/analysis';
import feed from '@prim/indicators/feeds/prim.json' with { type: 'json' };
import schema from '@prim/indicators/schema.json' with { type: 'json' };
const parsed = parseFeed(feed);
console.log(JSON.stringify({
  ok: parsed.ok,
  indicators: computeIndicators(parsed.feed).indicators.length,
  completion: fundCompletion(parsed.feed).completion,
  crossTab: typeof crossTab,
  schema: schema.$id,
}));
`;

let manifest: { exports: Record<string, string | Record<string, string>> };

beforeAll(() => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(INSTALLED, { recursive: true });
  execFileSync('pnpm', ['pack', '--pack-destination', SCRATCH], { cwd: PACKAGE, stdio: 'pipe' });
  const tarball = readdirSync(SCRATCH).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', [
    '-xzf',
    join(SCRATCH, tarball ?? ''),
    '-C',
    INSTALLED,
    '--strip-components=1',
  ]);
  manifest = JSON.parse(readFileSync(join(INSTALLED, 'package.json'), 'utf8'));
}, 120_000);

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe('the published @prim/indicators', () => {
  it('imports by name in plain Node and computes the PRIM indicators', () => {
    // A project of its own: inside @prim/indicators, the name would resolve to itself.
    writeFileSync(
      join(SCRATCH, 'package.json'),
      '{ "name": "a-developer-project", "type": "module" }',
    );
    writeFileSync(join(SCRATCH, 'check.mjs'), CHECK);
    const out = execFileSync(process.execPath, ['check.mjs'], { cwd: SCRATCH, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      ok: true,
      indicators: 12,
      completion: 0.6,
      crossTab: 'function',
      schema: 'https://prim.ma/schemas/prim-feed-1.schema.json',
    });
  });

  it('points its code exports at built JavaScript with type declarations', () => {
    for (const entry of ['.', './analysis']) {
      const target = manifest.exports[entry] as Record<string, string>;
      expect(target.default).toMatch(/^\.\/dist\/.*\.js$/);
      expect(readFileSync(join(INSTALLED, target.default ?? ''), 'utf8')).not.toMatch(
        /:\s*(string|number|boolean)\b[,)]/,
      );
      expect(readFileSync(join(INSTALLED, target.types ?? ''), 'utf8')).toContain('export');
    }
    expect(readFileSync(join(INSTALLED, 'dist/parse/parse-feed.d.ts'), 'utf8')).toContain(
      'export declare function parseFeed',
    );
  });
});
