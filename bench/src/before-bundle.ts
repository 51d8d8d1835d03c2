/**
 * The embed bundle of an earlier commit, for before/after tables measured in one run: its
 * model and widget sources (git archive) built with today's build configuration, so that
 * only the code differs. The sources are unpacked under each package's node_modules/
 * (ignored by git), where they resolve Lit, d3 and zod as that package does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBuild } from '../../packages/widgets/scripts/build-config.js';
import { buildInMemory, type BuiltFile } from '../../packages/widgets/scripts/build-in-memory.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Unpacks `pkg`'s src/ and package.json at `commit` once; returns the folder that holds
 * packages/PKG/src. The package.json says which files have side effects (`sideEffects`):
 * without it, the bundler keeps every module the sources import (zod's schemas in the file).
 */
function unpack(commit: string, pkg: string): string {
  const dir = join(repo, 'packages', pkg, 'node_modules', '.bench-before', commit);
  if (!existsSync(join(dir, 'packages', pkg, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync(
      'git',
      ['archive', commit, `packages/${pkg}/src`, `packages/${pkg}/package.json`],
      { cwd: repo },
    );
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  return join(dir, 'packages', pkg, 'src');
}

/** The commit's `define/ENTRY` (default: all, the embed bundle) bundled as shipped today. */
export async function buildBeforeBundle(commit: string, entry = 'all'): Promise<BuiltFile> {
  const indicators = unpack(commit, 'indicators');
  const widgets = unpack(commit, 'widgets');
  const config = bundleBuild(join(widgets, `define/${entry}.ts`), `${entry}.js`);
  return buildInMemory({
    ...config,
    resolve: {
      ...config.resolve,
      alias: [
        { find: /^@prim\/indicators$/, replacement: join(indicators, 'index.ts') },
        { find: /^@prim\/indicators\/present$/, replacement: join(indicators, 'present/index.ts') },
        // Earlier widgets loaded their feed with @lit/task (a devDependency of the bench for them).
        { find: /^@lit\/task$/, replacement: fileURLToPath(import.meta.resolve('@lit/task')) },
      ],
    },
  });
}
