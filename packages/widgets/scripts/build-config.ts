/**
 * The two builds of @prim/widgets, shared by vite.config.ts, the size report and the bundle
 * tests, so that what is measured and proven safe is exactly what is shipped.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.js';

/** Absolute path of a file in packages/widgets. */
export const packagePath = (path: string): string =>
  fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The self-contained embed file: one `<script type="module">` registers every element. */
export const BUNDLE_FILE = 'prim-widgets.js';

/** Registers every element (src/define/all.ts): the entry of the embed bundle. */
export const BUNDLE_ENTRY = packagePath('src/define/all.ts');

/** Every registration file in src/define/, by name: `prim-indicator` → its absolute path. */
export function defineEntries(): Record<string, string> {
  const dir = packagePath('src/define');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .map((file) => [basename(file, '.ts'), join(dir, file)]),
  );
}

/**
 * Vite's library mode keeps whitespace and comments in ES output, for consumers' bundlers.
 * These files are the end product a page downloads, so they are minified in full.
 */
const FULL_MINIFY = { minify: true, comments: false } as const;

/**
 * d3-array ships one file whose top-level calls (bisectors, blur kernels, a shuffler) are
 * not marked pure, so all of it (7 KB minified) stayed in every element that asked for
 * `ticks`, `nice` or `max`. These calls have no side effects: unused, they go.
 */
const TREESHAKE = {
  manualPureFunctions: ['bisector', 'Blur2', 'shuffler'],
  propertyReadSideEffects: false,
} as const;

/** What both builds share: modern browsers, minified, nothing copied from public/. */
function common(outDir: string, emptyOutDir: boolean): InlineConfig {
  return {
    configFile: false,
    root: packagePath('.'),
    logLevel: 'warn',
    publicDir: false,
    // Lit and the model have dev-only code paths keyed on the mode.
    mode: 'production',
    // Lit's production build, whatever NODE_ENV the caller runs with (Vite would pick Lit's
    // "development" export, with its warnings and checks, under NODE_ENV=test).
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [minifyCssLiterals()],
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
    },
  };
}

/**
 * One ES module per registration file (dist/define/NAME.js); importing one registers only
 * that element. Code used by several entries goes to shared chunks, so a page with two
 * widgets downloads Lit once.
 */
export function elementsBuild(outDir = packagePath('dist')): InlineConfig {
  // The first of the two builds: it clears dist/ of files from older entries.
  const base = common(outDir, true);
  return {
    ...base,
    build: {
      ...base.build,
      lib: {
        entry: Object.fromEntries(
          Object.entries(defineEntries()).map(([name, path]) => [`define/${name}`, path]),
        ),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        treeshake: TREESHAKE,
        output: { ...FULL_MINIFY, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

/** The lazy chunk of the embed bundle (validator and model): `prim-widgets-model-HASH.js`. */
export const BUNDLE_CHUNK_NAMES = 'prim-widgets-[name]-[hash].js';

/**
 * The embed file for a plain `<script type="module" src=".../prim-widgets.js">`: Lit, the
 * elements and their charts in one file, and the validator and model (zod/mini, the model)
 * in one chunk beside it (`prim-widgets-full-model-HASH.js`), imported by the file on first
 * need: never when every element draws from published views. Also used by the size report
 * with one define entry at a time, to weigh an element with all it imports.
 */
export function bundleBuild(
  entry = BUNDLE_ENTRY,
  fileName = BUNDLE_FILE,
  outDir = packagePath('dist'),
): InlineConfig {
  const base = common(outDir, false);
  return {
    ...base,
    build: {
      ...base.build,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // Lets code shared by the file and its lazy chunk live in the file (one more export),
        // instead of a third file every page would download.
        preserveEntrySignatures: 'allow-extension',
        treeshake: TREESHAKE,
        output: { ...FULL_MINIFY, chunkFileNames: BUNDLE_CHUNK_NAMES },
      },
    },
  };
}
