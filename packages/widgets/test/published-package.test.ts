/**
 * What a developer installs: `pnpm pack` of @prim/widgets and @prim/indicators (their prepack
 * steps build dist/), imported by name from plain Node, with no TypeScript loader, through the
 * exports the published package.json files declare. Node has no DOM, so the proof that the
 * library code runs is the server-side render of a widget to SVG.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const WIDGETS = fileURLToPath(new URL('..', import.meta.url));
const INDICATORS = join(WIDGETS, '../indicators');
// Inside the package, so that the installed copies find lit and friends where pnpm put them.
const SCRATCH = join(WIDGETS, '.pack-test');
const MODULES = join(SCRATCH, 'node_modules');

/** `pnpm pack` of a package, unpacked where `npm install` would put it. */
function install(packageDir: string, name: string, scripts = true): string {
  const before = new Set(readdirSync(SCRATCH));
  const args = [
    'pack',
    '--pack-destination',
    SCRATCH,
    ...(scripts ? [] : ['--config.ignore-scripts=true']),
  ];
  execFileSync('pnpm', args, { cwd: packageDir, stdio: 'pipe' });
  const tarball = readdirSync(SCRATCH).find((f) => f.endsWith('.tgz') && !before.has(f));
  const target = join(MODULES, name);
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(SCRATCH, tarball ?? ''), '-C', target, '--strip-components=1']);
  return target;
}

const CHECK = `
import { renderWidgetSvg } from '@prim/widgets/ssr';
import { parseFeed } from '@prim/indicators';
import feed from '@prim/indicators/feeds/prim.json' with { type: 'json' };
const parsed = parseFeed(feed);
const svg = renderWidgetSvg('progress', parsed.feed, { lang: 'ar' });
console.log(JSON.stringify({ svg: svg.startsWith('<?xml') || svg.startsWith('<svg'), rtl: svg.includes('direction="rtl"') }));
`;

let widgets: string;

beforeAll(() => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(MODULES, { recursive: true });
  // The model's own test packs it at the same time: build its dist/ here rather than race
  // that test's prepack in packages/indicators/dist.
  const indicators = install(INDICATORS, '@prim/indicators', false);
  execFileSync(
    'pnpm',
    ['exec', 'tsc', '-p', 'tsconfig.build.json', '--outDir', join(indicators, 'dist')],
    {
      cwd: INDICATORS,
      stdio: 'pipe',
    },
  );
  widgets = install(WIDGETS, '@prim/widgets');
  // The model's own dependencies, as an install would place them beside it.
  for (const dep of ['zod', 'arquero']) {
    symlinkSync(realpathSync(join(INDICATORS, 'node_modules', dep)), join(MODULES, dep));
  }
  // A project of its own: inside @prim/widgets, the name would resolve to itself.
  writeFileSync(
    join(SCRATCH, 'package.json'),
    '{ "name": "a-developer-project", "type": "module" }',
  );
}, 240_000);

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe('the published @prim/widgets', () => {
  it('renders a widget to SVG from plain Node, imported by name', () => {
    writeFileSync(join(SCRATCH, 'check.mjs'), CHECK);
    const out = execFileSync(process.execPath, ['check.mjs'], { cwd: SCRATCH, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').at(-1) ?? '{}')).toEqual({ svg: true, rtl: true });
  });

  it('points every code export at built JavaScript, and ships the embed bundle', () => {
    const manifest = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
    };
    for (const [entry, target] of Object.entries(manifest.exports)) {
      const file = typeof target === 'string' ? target : target.default;
      expect(file, entry).not.toMatch(/\.ts$/);
    }
    const files = (dir: string): string[] => readdirSync(join(widgets, dir));
    expect(files('dist')).toContain('prim-widgets.js');
    expect(files('dist/define')).toContain('prim-footfall.js');
    expect(files('dist/lib/define')).toContain('prim-footfall.d.ts');
  });
});
