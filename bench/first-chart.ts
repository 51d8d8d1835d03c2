/**
 * `pnpm bench:first-chart`: the "First chart" section of `pnpm bench` alone (navigation start
 * to a drawn chart, beside Chart.js), printed as Markdown. BENCH_BEFORE=COMMIT adds the
 * columns of that commit's bundle, measured in the same run, alternating with this one.
 */
import { benchOptions, publishSection } from './src/options.js';

const USAGE = `Usage: pnpm bench:first-chart [--write]

Times <prim-footfall>, <prim-indicator> and <prim-parity> from navigation start to drawn,
beside Chart.js, and prints the section.

Options:
  --write   also replace the "First chart" section of docs/benchmarks.md
  --help    print this help

Environment: BENCH_BEFORE (a commit to measure beside this tree), BENCH_RUNS.
`;
const options = benchOptions(process.argv.slice(2), USAGE);
const { buildCompareBundles } = await import('./src/bundles.js');
const { barInput } = await import('./src/render.js');
const { firstChartSection, measureFirstChart, treeName } = await import('./src/first-chart.js');
const before = process.env.BENCH_BEFORE || undefined;
// Named before measuring: the tree may change while the bench runs.
const after = treeName();
const bundles = await buildCompareBundles();
const times = await measureFirstChart(bundles.chartjs, barInput(), before);
const section = firstChartSection(times, before, after);
await publishSection('First chart', section, 'Render', options);
