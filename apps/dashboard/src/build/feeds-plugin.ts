/**
 * Build-time only (Node): publishes the feeds of packages/indicators/feeds at `/feeds/…`,
 * so that the dashboard, the widgets' `src` and the embed snippets all point at one URL,
 * and the feed is neither copied into this app nor inlined into its scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '/feeds/';

export function feedsPlugin(dir: string): Plugin {
  const list = () => readdirSync(dir).filter((name) => name.endsWith('.json'));
  return {
    name: 'prim-feeds',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(PREFIX) ? req.url.slice(PREFIX.length) : undefined;
        if (!name || !list().includes(name)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(join(dir, name)));
      });
    },
    generateBundle() {
      for (const name of list()) {
        this.emitFile({
          type: 'asset',
          fileName: `feeds/${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
    },
  };
}
