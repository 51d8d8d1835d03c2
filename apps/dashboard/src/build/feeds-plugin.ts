/**
 * Build-time only (Node): publishes the feeds of packages/indicators/feeds at `/feeds/…`,
 * so that the dashboard, the widgets' `src` and the embed snippets all point at one URL,
 * and the feed is neither copied into this app nor inlined into its scripts. Beside each
 * `NAME.feed.json` it publishes `NAME.views.json` (`prim publish`): the views the widgets
 * draw at the feed's as-of date, so that embeds of the built-in feed need neither the
 * validator nor the model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// By path, not by package name: Vite bundles its config's relative imports, while a package
// import would be left to Node, which cannot load the model's TypeScript sources.
import { publishFeedBytes } from '../../../../packages/indicators/src/publish/published-views.js';
import { viewsFileName } from '../../../../packages/indicators/src/publish/views-format.js';
import type { Plugin } from 'vite';

const PREFIX = '/feeds/';

/** The published views of a feed file, as JSON text; a feed that does not validate stops the build. */
async function viewsOf(path: string): Promise<string> {
  const published = await publishFeedBytes(new Uint8Array(readFileSync(path)));
  if (!published.ok) {
    const first = published.errors[0];
    throw new Error(`${path} is not a valid feed: ${first?.path ?? ''} ${first?.message ?? ''}`);
  }
  return `${JSON.stringify(published.views)}\n`;
}

export function feedsPlugin(dir: string): Plugin {
  const feeds = () => readdirSync(dir).filter((name) => name.endsWith('.feed.json'));
  const files = () => readdirSync(dir).filter((name) => name.endsWith('.json'));
  return {
    name: 'prim-feeds',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(PREFIX) ? req.url.slice(PREFIX.length) : undefined;
        if (!name) return next();
        const feed = feeds().find((f) => viewsFileName(f) === name);
        if (!feed && !files().includes(name)) return next();
        res.setHeader('Content-Type', 'application/json');
        if (feed) viewsOf(join(dir, feed)).then((text) => res.end(text), next);
        else res.end(readFileSync(join(dir, name)));
      });
    },
    async generateBundle() {
      for (const name of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `feeds/${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
      for (const name of feeds()) {
        this.emitFile({
          type: 'asset',
          fileName: `feeds/${viewsFileName(name)}`,
          source: await viewsOf(join(dir, name)),
        });
      }
    },
  };
}
