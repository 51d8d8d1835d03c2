/**
 * Weight before and after: each `define/` entry of an earlier commit and of this tree,
 * bundled with the same configuration, brotli. "Before drawing" is what a page downloads
 * before the element draws with a feed that has published views (report-sizes.ts), for
 * each commit by its own rule.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BuiltFile } from '../../packages/widgets/scripts/build-in-memory.js';
import { measure, measureAll } from '../../packages/widgets/scripts/report-sizes.js';
import { buildBeforeBundle } from './before-bundle.js';
import { kb, table } from './markdown.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The elements that drew from published views at `commit`, as its size report listed them
 * (`DRAWS_FROM_VIEWS`); undefined before there was one (every file then held the model).
 */
function drewFromViews(commit: string): ReadonlySet<string> | undefined {
  let source: string;
  try {
    source = execFileSync('git', ['show', `${commit}:packages/widgets/scripts/report-sizes.ts`], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
  const list = /DRAWS_FROM_VIEWS = new Set\(\[([^\]]*)\]/.exec(source)?.[1];
  return list === undefined ? undefined : new Set(list.match(/prim-[a-z-]+/g) ?? []);
}

/**
 * What a page downloaded before an element of `commit` drew: its file, and the model chunk
 * when the element did not draw from published views.
 */
function beforeDrawingThen(built: BuiltFile, element: string, fast?: ReadonlySet<string>) {
  const file = measure(element, built.code).brotli;
  const model = Object.entries(built.lazy).find(([name]) => name.includes('full-model'));
  const drawsFromViews = element === 'all' || fast === undefined || fast.has(element);
  return { file, beforeDrawing: file + (drawsFromViews || !model ? 0 : measure(...model).brotli) };
}

export async function weightBeforeAfterSection(before: string, after: string): Promise<string> {
  const fast = drewFromViews(before);
  const rows: string[][] = [];
  for (const entry of await measureAll()) {
    const name = entry.name.replace(/^define\//, '').replace(/\.js$/, '');
    const element = name === 'prim-widgets' ? 'all' : name;
    const old = beforeDrawingThen(await buildBeforeBundle(before, element), element, fast);
    rows.push([
      `\`${entry.name}\``,
      kb(old.file),
      kb(old.beforeDrawing),
      kb(entry.brotli),
      kb(entry.beforeDrawing),
      entry.model ? kb(entry.model.brotli) : '–',
      `${(entry.beforeDrawing / old.beforeDrawing).toFixed(2)}×`,
    ]);
  }
  return `## Weight, before and after

Each \`define/\` entry bundled alone, and the embed bundle, brotli quality 11, with today's
build configuration (packages/widgets/scripts/build-config.ts) for both: before, the sources
of ${before}; after, ${after}. The validator and the model are a chunk each file loads on
demand ("model chunk"; before aba5f90 every file held them), and "before drawing" is what a
page downloads before the element draws with a feed that has published views, by each
commit's own rule (its packages/widgets/scripts/report-sizes.ts): the file, the model chunk
too for an element that then always computed from the feed, the table code chunk too for
\`<prim-table>\` (docs/widget-sizes.md). Budgets (issue #14): one element 20 KB, the bundle
30 KB.

${table(['entry', `before (${before}): the file`, 'before: before drawing', 'after: the file', 'after: before drawing', 'after: model chunk', 'before drawing, after ÷ before'], rows)}`;
}
