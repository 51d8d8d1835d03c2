/**
 * Builds the embed bundle (prim-widgets.js) once per run, in memory with the configuration of
 * `pnpm build`, for every test of the built bundle (the embed tests, the WordPress plugin's);
 * each file reads it with `embedBundle()`. Built here rather than read from dist/, so a test
 * never trusts a stale build.
 */
import type { TestProject } from 'vitest/node';
import { oncePerRun } from '../../../test/once-per-run.js';
import { buildInMemory, type BuiltFile } from '../scripts/build-in-memory.js';

declare module 'vitest' {
  export interface ProvidedContext {
    embedBundle: BuiltFile;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { value, teardown } = await oncePerRun('embed bundle', () => buildInMemory());
  project.provide('embedBundle', value);
  return teardown;
}
