import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { feedsPlugin } from './src/build/feeds-plugin.js';

// Like the root vitest.config.ts: packages resolve to their source, no build step between.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Entries whose file names embedders write by hand keep a stable, unhashed name. */
const STABLE = new Set(['widgets']);

export default defineConfig({
  root: here('.'),
  // Relative asset paths: the build works from any folder, e.g. https://prim.ma/widgets/.
  base: './',
  resolve: {
    // Regexes, not prefixes: '@prim/widgets/define/x.js' must map into src/, not index.ts.
    alias: [
      { find: /^@prim\/indicators$/, replacement: here('../../packages/indicators/src/index.ts') },
      {
        find: /^@prim\/indicators\/present$/,
        replacement: here('../../packages/indicators/src/present/index.ts'),
      },
      { find: /^@prim\/widgets$/, replacement: here('../../packages/widgets/src/index.ts') },
      { find: /^@prim\/widgets\/(.*)$/, replacement: `${here('../../packages/widgets/src')}/$1` },
    ],
  },
  plugins: [feedsPlugin(here('../../packages/indicators/feeds'))],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: here('index.html'),
        builder: here('builder.html'),
        embed: here('embed.html'),
        report: here('report.html'),
        'article-fr': here('hosts/article-fr.html'),
        'article-ar': here('hosts/article-ar.html'),
        commune: here('hosts/commune.html'),
        // The script tag of embed snippets: <script type="module" src="/widgets.js">.
        widgets: here('src/embed/widgets.ts'),
      },
      // The widgets entry's exports are its side effects (custom element definitions).
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: (chunk) =>
          STABLE.has(chunk.name) ? '[name].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  // Loopback only unless PRIM_HOST says otherwise (PRIM_HOST=0.0.0.0 pnpm start exposes it to the
  // network): a dashboard started for a demo must not be reachable from the whole café.
  preview: {
    port: Number(process.env.PORT ?? 4173),
    host: process.env.PRIM_HOST ?? '127.0.0.1',
    strictPort: true,
  },
  server: { port: Number(process.env.PORT ?? 5173) },
});
