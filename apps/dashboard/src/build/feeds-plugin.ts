/**
 * Build-time only (Node): publishes the feeds of packages/indicators/feeds at `/feeds/…`,
 * so that the dashboard, the widgets' `src` and the embed snippets all point at one URL,
 * and the feed is neither copied into this app nor inlined into its scripts. Beside each
 * `NAME.feed.json` it publishes `NAME.views.json` and its parts `NAME.views.PART.json` (as
 * `prim publish` does): the views the widgets draw at the feed's as-of date, so that embeds of the built-in feed need neither the
 * validator nor the model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// By path, not by package name: Vite bundles its config's relative imports, while a package
// import would be left to Node, which cannot load the model's TypeScript sources.
import { publishFeedBytes } from '../../../../packages/indicators/src/publish/published-views.js';
import { viewsFileName } from '../../../../packages/indicators/src/publish/views-format.js';
import { publishedViewsFiles } from '../../../../packages/indicators/src/publish/views-parts.js';
import type { Plugin } from 'vite';

const PREFIX = '/feeds/';

/**
 * The published views files of a feed file (`publishedViewsFiles`), by name, as JSON text;
 * a feed that does not validate stops the build.
 */
async function viewsOf(dir: string, feed: string): Promise<Record<string, string>> {
  const path = join(dir, feed);
  const published = await publishFeedBytes(new Uint8Array(readFileSync(path)));
  if (!published.ok) {
    const first = published.errors[0];
    throw new Error(`${path} is not a valid feed: ${first?.path ?? ''} ${first?.message ?? ''}`);
  }
  return publishedViewsFiles(feed, published.views);
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
        // NAME.views.json or NAME.views.PART.json: computed from NAME.feed.json on request.
        const feed = feeds().find((f) =>
          name.startsWith(viewsFileName(f).slice(0, -'json'.length)),
        );
        if (!feed && !files().includes(name)) return next();
        res.setHeader('Content-Type', 'application/json');
        if (!feed) return res.end(readFileSync(join(dir, name)));
        viewsOf(dir, feed).then((views) => {
          const text = views[name];
          if (text === undefined) return next();
          res.end(text);
        }, next);
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
      for (const feed of feeds()) {
        for (const [name, text] of Object.entries(await viewsOf(dir, feed))) {
          this.emitFile({ type: 'asset', fileName: `feeds/${name}`, source: text });
        }
      }
    },
  };
}
