import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * Stories run from source like the tests (root vitest.config.ts): packages resolve to src/.
 * Regexes, not prefixes, so that '@prim/widgets/define/x.js' maps into src/define/.
 */
const alias = [
  { find: /^@prim\/indicators$/, replacement: repo('packages/indicators/src/index.ts') },
  {
    find: /^@prim\/indicators\/present$/,
    replacement: repo('packages/indicators/src/present/index.ts'),
  },
  { find: /^@prim\/widgets$/, replacement: repo('packages/widgets/src/index.ts') },
  { find: /^@prim\/widgets\/(.*)$/, replacement: `${repo('packages/widgets/src')}/$1` },
];

const config: StorybookConfig = {
  stories: ['../*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: { alias },
      // The built-in feed and the widgets' sources live outside stories/.
      server: { fs: { allow: [repo('.')] } },
    }),
};

export default config;
