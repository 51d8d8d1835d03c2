/**
 * Builds the embed files once per run, in memory with the configuration of `pnpm build`, for
 * every test of the built code (the embed tests, the WordPress plugin's): the whole bundle
 * (prim-widgets.js) and `define/prim-dashboard.js` alone, as a page that only shows a
 * dashboard loads it. Each file reads them with `embedBundle()` and `dashboardBundle()`.
 * Built here rather than read from dist/, so a test never trusts a stale build.
 */
import type { TestProject } from 'vitest/node';
import { oncePerRun } from '../../../test/once-per-run.js';
import { bundleBuild, packagePath } from '../scripts/build-config.js';
import { buildInMemory, type BuiltFile } from '../scripts/build-in-memory.js';

declare module 'vitest' {
  export interface ProvidedContext {
    embedBundle: BuiltFile;
    dashboardBundle: BuiltFile;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { value, teardown } = await oncePerRun('embed bundles', async () => ({
    embedBundle: await buildInMemory(),
    dashboardBundle: await buildInMemory(
      bundleBuild(packagePath('src/define/prim-dashboard.ts'), 'prim-dashboard.js'),
    ),
  }));
  project.provide('embedBundle', value.embedBundle);
  project.provide('dashboardBundle', value.dashboardBundle);
  return teardown;
}
