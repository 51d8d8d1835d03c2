/** The embed files built once for this run (embed-global-setup.ts). */
import { inject } from 'vitest';
import type { BuiltFile } from '../scripts/build-in-memory.js';

export const embedBundle = (): BuiltFile => inject('embedBundle');

/** `define/prim-dashboard.js` built alone. */
export const dashboardBundle = (): BuiltFile => inject('dashboardBundle');

/**
 * What a server publishes for the bundle: prim-widgets.js and the chunks it loads on demand
 * beside it (the validator and model, the downloads), path → [type, text].
 */
export function embedFiles(): Record<string, [string, string]> {
  const { code, lazy } = embedBundle();
  return {
    '/prim-widgets.js': ['text/javascript', code],
    ...Object.fromEntries(
      Object.entries(lazy).map(([name, text]) => [`/${name}`, ['text/javascript', text]]),
    ),
  };
}
