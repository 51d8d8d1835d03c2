/** Weight: the widgets' own size report beside the bar-chart entries, measured the same way. */
import {
  measure,
  measureAll,
  type EntrySizes,
  type SizeRow,
} from '../../packages/widgets/scripts/report-sizes.js';
import type { Bundles } from './bundles.js';
import { COMPARE, type CompareName } from './compare-entries.js';
import { kb, table } from './markdown.js';

export interface Weights {
  readonly widgets: readonly EntrySizes[];
  readonly compare: Readonly<Record<CompareName, SizeRow>>;
}

export async function measureWeights(bundles: Bundles): Promise<Weights> {
  const compare = Object.fromEntries(
    (Object.keys(COMPARE) as CompareName[]).map((name) => [name, measure(name, bundles[name])]),
  ) as Record<CompareName, SizeRow>;
  return { widgets: await measureAll(), compare };
}

export function weightTables(w: Weights): string {
  const prim = w.compare.prim.brotli;
  const elements = table(
    ['entry', 'minified', 'gzip', 'brotli', 'before drawing (brotli)', 'model chunk (brotli)'],
    w.widgets.map((r) => [
      `\`${r.name}\``,
      kb(r.minified),
      kb(r.gzip),
      kb(r.brotli),
      kb(r.beforeDrawing),
      r.model ? kb(r.model.brotli) : '–',
    ]),
  );
  const bars = table(
    ['one bar chart with', 'minified', 'gzip', 'brotli', 'brotli ÷ prim'],
    (Object.keys(COMPARE) as CompareName[]).map((name) => {
      const r = w.compare[name];
      return [
        `${COMPARE[name].label} (\`bench/compare/${COMPARE[name].file}\`)`,
        kb(r.minified),
        kb(r.gzip),
        kb(r.brotli),
        `${(r.brotli / prim).toFixed(2)}×`,
      ];
    }),
  );
  return `Each \`define/\` entry of @prim/widgets bundled alone, and the embed bundle:\n\n${elements}\nOne bar chart of the same monthly data, one entry file each, bundled the same way:\n\n${bars}`;
}
