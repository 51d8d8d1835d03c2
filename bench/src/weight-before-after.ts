/**
 * Weight before and after: each `define/` entry of an earlier commit and of this tree,
 * bundled with the same configuration, brotli. "Before drawing" is what a page downloads
 * before the element draws with a feed that has published views (report-sizes.ts).
 */
import { measure, measureAll } from '../../packages/widgets/scripts/report-sizes.js';
import { buildBeforeBundle } from './before-bundle.js';
import { kb, table } from './markdown.js';

export async function weightBeforeAfterSection(before: string, after: string): Promise<string> {
  const rows: string[][] = [];
  for (const entry of await measureAll()) {
    const name = entry.name.replace(/^define\//, '').replace(/\.js$/, '');
    const old = measure(
      name,
      (await buildBeforeBundle(before, name === 'prim-widgets' ? 'all' : name)).code,
    );
    rows.push([
      `\`${entry.name}\``,
      kb(old.brotli),
      kb(entry.brotli),
      kb(entry.beforeDrawing),
      entry.model ? kb(entry.model.brotli) : '–',
      `${(entry.beforeDrawing / old.brotli).toFixed(2)}×`,
    ]);
  }
  return `## Weight, before and after

Each \`define/\` entry bundled alone, and the embed bundle, brotli quality 11, with today's
build configuration (packages/widgets/scripts/build-config.ts) for both: before, the sources
of ${before}; after, ${after}. Before, every file held zod and the model. After, they are a
chunk each file loads on demand ("model chunk"), and "before drawing" is what a page
downloads before the element draws with a feed that has published views: the file alone,
except \`<prim-table>\` and \`<prim-dashboard>\`, which always compute from the feed and so
load the model chunk too (docs/widget-sizes.md). Budgets (issue #14): one element 20 KB,
the bundle 30 KB.

${table(['entry', `before (${before})`, 'after: the file', 'after: before drawing', 'after: model chunk', 'before drawing ÷ before'], rows)}`;
}
