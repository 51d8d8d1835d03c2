/**
 * `pnpm --filter @prim/widgets sizes`: what each element costs a page that embeds it alone,
 * with everything it imports (Lit, d3 modules, zod/mini, the model), minified, gzip and
 * brotli. Writes docs/widget-sizes.md and prints the same table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { BUNDLE_FILE, bundleBuild, defineEntries } from './build-config.js';
import { buildInMemory, type BuiltFile } from './build-in-memory.js';

/** Budgets of issue #14 (brotli): one element, and the whole embed bundle (half of Chart.js). */
export const BUDGET = { element: 20 * 1024, all: 30 * 1024 } as const;

/**
 * Elements that can draw from published views (`drawsFromPublishedViews`): with a feed that
 * has them, the page downloads their file (the inner elements' files too, for the dashboard;
 * the table code, for a table) and no model.
 */
export const DRAWS_FROM_VIEWS = new Set([
  'prim-dashboard',
  'prim-footfall',
  'prim-funnel',
  'prim-indicator',
  'prim-parity',
  'prim-progress',
  'prim-table',
]);

/** Elements that draw a table first: the table code chunk is part of their first drawing. */
const DRAWS_A_TABLE = new Set(['prim-table']);

export interface SizeRow {
  readonly name: string;
  readonly minified: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** An entry: its file (with what it imports statically), and the chunks it loads on demand. */
export interface EntrySizes extends SizeRow {
  /** The validator and the model (`*-full-model-*.js`). */
  readonly model?: SizeRow;
  /** The CSV, SVG and PNG export code, loaded on the first click (`*-downloads-*.js`). */
  readonly downloads?: SizeRow;
  /** The table markup and styles (`*-render-table-*.js`): a folded table's, on opening. */
  readonly table?: SizeRow;
  /**
   * What a page downloads before the element draws, with a feed that has published views:
   * the file, the model when the element needs it, the inner elements' files, the table code
   * for a table.
   */
  readonly beforeDrawing: number;
  /** The element draws other elements inside it (the dashboard): see `budgetOf`. */
  readonly composes: boolean;
}

export function measure(name: string, code: string): SizeRow {
  const bytes = Buffer.from(code, 'utf8');
  return {
    name,
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Files downloaded together: each compressed on its own, as a server sends them. */
function sum(name: string, rows: readonly SizeRow[]): SizeRow {
  const total = (key: 'minified' | 'gzip' | 'brotli') => rows.reduce((n, r) => n + r[key], 0);
  return { name, minified: total('minified'), gzip: total('gzip'), brotli: total('brotli') };
}

/** The sizes of one built entry: `element` names the entry's element (undefined for all). */
export function measureEntry(name: string, built: BuiltFile, element?: string): EntrySizes {
  const chunk = (part: string) => {
    const found = Object.entries(built.lazy).find(([file]) => file.includes(part));
    return found ? measure(found[0], found[1]) : undefined;
  };
  const chunks = (files: readonly string[]) =>
    files.map((file) => measure(file, built.lazy[file] ?? ''));
  const file = sum(name, [measure(name, built.code), ...chunks(built.imports)]);
  const inner = sum('inner elements', chunks(built.elements));
  const model = chunk('full-model');
  const table = chunk('render-table');
  const downloads = chunk('downloads');
  const fast = element === undefined || DRAWS_FROM_VIEWS.has(element);
  const tableFirst = element !== undefined && DRAWS_A_TABLE.has(element);
  return {
    ...file,
    ...(model ? { model } : {}),
    ...(downloads ? { downloads } : {}),
    ...(table ? { table } : {}),
    beforeDrawing:
      file.brotli +
      inner.brotli +
      (fast ? 0 : (model?.brotli ?? 0)) +
      (tableFirst ? (table?.brotli ?? 0) : 0),
    composes: built.elements.length > 0,
  };
}

const isEverything = (name: string) => name === BUNDLE_FILE || name === 'define/all.js';

/**
 * What each row is held to, and against which size. An element's page downloads its file
 * before it draws: one element's budget. The bundle draws every element: the bundle's. An
 * element that draws the others inside it (the dashboard) is held to both: its file to one
 * element's budget (it must not carry the other elements' code), and everything it downloads
 * before drawing, its inner elements included, to the bundle's (it draws every chart, as a
 * page with the bundle does).
 */
export function budgetOf(r: EntrySizes): { limit: number; size: number; of: string }[] {
  if (isEverything(r.name))
    return [{ limit: BUDGET.all, size: r.beforeDrawing, of: 'before drawing' }];
  if (r.composes) {
    return [
      { limit: BUDGET.element, size: r.brotli, of: 'file' },
      { limit: BUDGET.all, size: r.beforeDrawing, of: 'before drawing' },
    ];
  }
  return [{ limit: BUDGET.element, size: r.beforeDrawing, of: 'before drawing' }];
}

export function sizeTable(rows: readonly EntrySizes[]): string {
  const lines = [
    '| entry | minified | gzip | brotli | before drawing (brotli) | budget (brotli, of what) | validator + model (brotli, on demand) | table (brotli, on opening) | downloads (brotli, on click) |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const budget = budgetOf(r)
        .map((b) => `${b.size <= b.limit ? 'within' : 'OVER'} ${kb(b.limit)} (${b.of})`)
        .join(', ');
      return `| \`${r.name}\` | ${kb(r.minified)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.beforeDrawing)} | ${budget} | ${r.model ? kb(r.model.brotli) : '–'} | ${r.table ? kb(r.table.brotli) : '–'} | ${r.downloads ? kb(r.downloads.brotli) : '–'} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** Every define entry bundled alone with the chunks it loads, then the embed bundle. */
export async function measureAll(): Promise<EntrySizes[]> {
  const rows: EntrySizes[] = [];
  for (const [name, path] of Object.entries(defineEntries())) {
    const built = await buildInMemory(bundleBuild(path, `${name}.js`));
    rows.push(measureEntry(`define/${name}.js`, built, name === 'all' ? undefined : name));
  }
  rows.push(measureEntry(BUNDLE_FILE, await buildInMemory(bundleBuild())));
  return rows;
}

async function main(): Promise<void> {
  // Formatted as `prettier --check` expects, so the generated files pass the lint step.
  const out = fileURLToPath(new URL('../../../docs/widget-sizes.md', import.meta.url));
  const md = async (text: string) =>
    format(text, { ...(await resolveConfig(out)), parser: 'markdown' });
  const table = await md(sizeTable(await measureAll()));
  const doc = `# Widget sizes

What a page downloads to show one element: its \`define/\` entry bundled alone with everything
it imports (minified, gzip and brotli: the file with the chunks it imports statically, each
compressed on its own), and the self-contained \`prim-widgets.js\`, built as shipped (Vite 8, minified, Lit's
production build), compressed with node:zlib (gzip level 9, brotli quality 11). Each file
loads chunks of its own on demand, two listed apart: the validator and the model (zod/mini
and @prim/indicators' computations), imported only when the element computes from the
feed (a feed without published views, another as-of date, a region or commune, stale
views), and the CSV/SVG/PNG export code, imported on the first click of a download button.
A third chunk holds the table code (markup, styles, a table of observations): a chart's folded data table builds
its rows, and loads it, when a reader first opens it; \`<prim-table>\` starts loading it
when it is put on the page, beside its feed, so it counts in its drawing.

"Before drawing" is what the page downloads before the element draws, with a feed that
has published views (\`prim publish\`; \`pnpm build\` publishes the built-in feed's): the
file for the elements that draw from them (${[...DRAWS_FROM_VIEWS].map((t) => `\`<${t}>\``).join(', ')};
\`<prim-table>\` with the table chunk). \`<prim-dashboard>\` loads the elements it draws inside
it on demand (one chunk; in dist/ it imports their own files, shared with a page that embeds
them alone), beside its feed, and draws once they are there: its "before drawing" is its file
and theirs. A page with \`prim-widgets.js\` downloads the file, and the table chunk only when it
shows a \`<prim-table>\` or a reader opens a folded table. With a raw feed, another as-of date
or a filter, every element also downloads the model chunk.

Budgets (issue #14, brotli): one element ${kb(BUDGET.element)}, the whole embed bundle
${kb(BUDGET.all)} (half of Chart.js). The budget column says what each is compared with: an
element, before drawing, with one element's budget; the bundle with its own. The dashboard
draws every chart, as a page with the bundle does, so it is held to both: its file alone
with one element's budget (it carries no other element's code), and what it downloads
before drawing, its inner elements included, with the bundle's. Regenerate with
\`pnpm --filter @prim/widgets sizes\`.

${table}`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await md(doc));
  process.stdout.write(table);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
