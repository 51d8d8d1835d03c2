import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './chromium.js';

// Tests run from source: each workspace package name maps to its src/ entry,
// so no build step stands between an edit and a test (as in Mosaic).
const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const alias = {
  '@prim/indicators/analysis': src('./packages/indicators/src/analysis/index.ts'),
  '@prim/indicators': src('./packages/indicators/src/index.ts'),
  '@prim/widgets/define': src('./packages/widgets/src/define'),
  '@prim/widgets/ssr': src('./packages/widgets/src/ssr/render-svg.ts'),
  '@prim/widgets': src('./packages/widgets/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: { alias },
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
          name: 'e2e',
          environment: 'node',
          include: ['apps/*/test/**/*.e2e.test.ts', 'packages/wordpress/test/**/*.e2e.test.ts'],
          // Builds apps/dashboard once and serves dist/ for every end-to-end file (the
          // WordPress test embeds its embed.html too).
          globalSetup: ['apps/dashboard/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
