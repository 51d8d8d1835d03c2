import { fileURLToPath } from 'node:url';

/** The bar-chart entries under bench/compare/, by the name the tables show. */
export const COMPARE = {
  prim: { label: '@prim/widgets `<prim-footfall>`', file: 'prim.ts' },
  chartjs: { label: 'Chart.js 4 (tree-shaken)', file: 'chartjs.ts' },
  plot: { label: 'Observable Plot', file: 'plot.ts' },
  'vega-lite': { label: 'Vega-Lite + vega-embed', file: 'vega-lite.ts' },
  echarts: { label: 'ECharts 6 (tree-shaken, SVG)', file: 'echarts.ts' },
} as const;

export type CompareName = keyof typeof COMPARE;

export const comparePath = (name: CompareName): string =>
  fileURLToPath(new URL(`../compare/${COMPARE[name].file}`, import.meta.url));
