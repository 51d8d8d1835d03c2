import { defineConfig } from 'vite';
import { bundleBuild, elementsBuild } from './scripts/build-config.js';

/**
 * `vite build` writes one ES module per element to dist/define/ (shared chunks in
 * dist/chunks/); `vite build --mode bundle` writes the self-contained dist/prim-widgets.js.
 * The package's `build` script runs both. The configurations live in scripts/build-config.ts,
 * shared with the size report and the bundle tests.
 */
export default defineConfig(({ mode }) => (mode === 'bundle' ? bundleBuild() : elementsBuild()));
