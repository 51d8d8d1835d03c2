/**
 * `pnpm build`: writes dist/prim-indicators.zip, the installable plugin (top folder
 * prim-indicators/): the PHP, the block, the iframe resizer, the widget bundle from @prim/widgets,
 * the built-in feed and the data files computed from the model (see plugin-data.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { RESIZER_SCRIPT } from '../../../apps/dashboard/src/embed/frame-height.js';
import { publishedViewsFiles, publishViews } from '@prim/indicators';
import { catalog, headlines, parseBuiltinFeed } from './plugin-data.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoPath = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

export const PLUGIN_SLUG = 'prim-indicators';
export const ZIP_PATH = join(packageDir, 'dist', `${PLUGIN_SLUG}.zip`);
export const WIDGET_BUNDLE = repoPath('packages/widgets/dist/prim-widgets.js');
const FEED = repoPath('packages/indicators/feeds/prim.feed.json');
/** prim-widgets-full-model-HASH.js and the like (build-config.ts, BUNDLE_CHUNK_NAMES). */
const LAZY_CHUNK = /^prim-widgets-.+\.js$/;

/** Files of the plugin as they are in the repository (readable PHP, no build step). */
const SOURCES = ['prim-indicators.php', 'readme.txt', 'includes', 'block'];

function addTree(files: Zippable, path: string): void {
  const absolute = join(packageDir, path);
  if (statSync(absolute).isDirectory()) {
    for (const entry of readdirSync(absolute).sort()) addTree(files, join(path, entry));
  } else {
    files[`${PLUGIN_SLUG}/${relative(packageDir, absolute)}`] = readFileSync(absolute);
  }
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 1)}\n`);

/** A widget bundle built in memory: its code and the chunks it imports on demand, by name. */
export interface PluginBundle {
  readonly code: string;
  readonly lazy: Readonly<Record<string, string>>;
}

/**
 * The plugin's files, path in the zip → bytes. `bundle`: the widget bundle and its chunks,
 * when the caller built them (tests build in memory); by default the ones `pnpm build` wrote.
 */
export function pluginFiles(bundle?: PluginBundle): Zippable {
  if (!bundle && !existsSync(WIDGET_BUNDLE))
    throw new Error(
      `${WIDGET_BUNDLE} is missing: build the widgets first (pnpm --filter @prim/widgets build, or pnpm build at the root)`,
    );
  const files: Zippable = {};
  for (const path of SOURCES) addTree(files, path);
  const feedJson = readFileSync(FEED, 'utf8');
  const feed = parseBuiltinFeed(feedJson);
  const text = (code: string) => new TextEncoder().encode(code);
  files[`${PLUGIN_SLUG}/assets/prim-widgets.js`] = bundle
    ? text(bundle.code)
    : readFileSync(WIDGET_BUNDLE);
  // The chunks the bundle imports on demand (the validator and model, the downloads), beside it.
  if (bundle) {
    for (const [name, code] of Object.entries(bundle.lazy))
      files[`${PLUGIN_SLUG}/assets/${name}`] = text(code);
  } else {
    for (const name of readdirSync(dirname(WIDGET_BUNDLE)).filter((n) => LAZY_CHUNK.test(n))) {
      files[`${PLUGIN_SLUG}/assets/${name}`] = readFileSync(join(dirname(WIDGET_BUNDLE), name));
    }
  }
  // The same resizer the embed builder's iframe snippet carries.
  files[`${PLUGIN_SLUG}/assets/prim-resize.js`] = new TextEncoder().encode(`${RESIZER_SCRIPT}\n`);
  const feedBytes = new TextEncoder().encode(feedJson);
  files[`${PLUGIN_SLUG}/data/prim.feed.json`] = feedBytes;
  // Its published views and their parts (`prim publish`): embeds of the built-in feed need no model.
  const hash = createHash('sha256').update(feedBytes).digest('hex');
  const views = publishedViewsFiles('prim.feed.json', publishViews(feed, hash));
  for (const [name, text] of Object.entries(views)) {
    files[`${PLUGIN_SLUG}/data/${name}`] = new TextEncoder().encode(text);
  }
  files[`${PLUGIN_SLUG}/data/catalog.json`] = json(catalog(feed));
  files[`${PLUGIN_SLUG}/data/headlines.json`] = json(headlines(feed));
  return files;
}

export function buildPluginZip(out: string = ZIP_PATH): string {
  const zip = zipSync(pluginFiles(), { level: 9, mtime: new Date('2024-12-31T00:00:00Z') });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = buildPluginZip();
  console.log(`wrote ${relative(process.cwd(), out)}`);
}
