import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './chromium.js';

// Tests run from source: each workspace package name maps to its src/ entry,
// so no build step stands between an edit and a test (as in Mosaic).
const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const alias = {
  '@prim/indicators/analysis': src('./packages/indicators/src/analysis/index.ts'),
  '@prim/indicators/present': src('./packages/indicators/src/present/index.ts'),
  '@prim/indicators': src('./packages/indicators/src/index.ts'),
  '@prim/widgets/define': src('./packages/widgets/src/define'),
  '@prim/widgets/ssr': src('./packages/widgets/src/ssr/render-svg.ts'),
  '@prim/widgets': src('./packages/widgets/src/index.ts'),
};

// Shared by the projects that list them: one Chromium and one embed bundle per run.
const CHROMIUM_SETUP = 'test/chromium-global-setup.ts';
const EMBED_BUNDLE_SETUP = 'packages/widgets/test/embed-global-setup.ts';

export default defineConfig({
  resolve: { alias },
  test: {
    // Two test files at a time, even on two cores: most of a file's time is spent waiting on
    // a child process (the CLI, npm, PHP, MariaDB) or on Chromium, not on the worker's own CPU.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          // A worker keeps the modules it has loaded from one file to the next: loading the
          // model afresh for each of a hundred small files cost more than their tests.
          isolate: false,
          include: [
            'packages/*/test/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: [
            '**/*.browser.test.ts',
            '**/*.embed.test.ts',
            '**/*.e2e.test.ts',
            '**/*.isolated.test.ts',
            '**/node_modules/**',
          ],
        },
      },
      {
        resolve: { alias },
        test: {
          // Files that replace a module (vi.mock) get modules of their own.
          name: 'isolated',
          environment: 'node',
          include: ['packages/*/test/**/*.isolated.test.ts'],
        },
      },
      {
        // Lit's production build (its "development" export adds checks and console warnings
        // the tests do not read, and is slower); Vite would pick it because NODE_ENV is 'test'.
        resolve: { alias, conditions: ['module', 'browser', 'production'] },
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.ts', 'stories/test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: chromiumLaunchOptions(),
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        resolve: { alias },
        test: {
          // The built embed bundle in a real Chromium (CSP, hostile host, faults, stress).
          name: 'embed',
          environment: 'node',
          include: ['packages/*/test/**/*.embed.test.ts'],
          // A test drives Chromium through several pages (200 widgets, a faulty server).
          testTimeout: 60_000,
          // One bundle build and one Chromium for every file of the project.
          globalSetup: [EMBED_BUNDLE_SETUP, CHROMIUM_SETUP],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/*/test/**/*.e2e.test.ts', 'packages/wordpress/test/**/*.e2e.test.ts'],
          // Builds apps/dashboard once and serves dist/ for every end-to-end file (the
          // WordPress test embeds its embed.html too, and zips the embed bundle into its plugin).
          globalSetup: ['apps/dashboard/test/global-setup.ts', EMBED_BUNDLE_SETUP, CHROMIUM_SETUP],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
