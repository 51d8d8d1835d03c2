/**
 * `pnpm bench:first-chart`: the "First chart" section of `pnpm bench` alone (navigation start
 * to a drawn chart, beside Chart.js), printed as Markdown. BENCH_BEFORE=COMMIT adds the
 * columns of that commit's bundle, measured in the same run, alternating with this one.
 */
import { benchOptions } from './src/options.js';

const USAGE = `Usage: pnpm bench:first-chart

Times <prim-footfall>, <prim-indicator> and <prim-parity> from navigation start to drawn,
beside Chart.js, and prints the table. Environment: BENCH_BEFORE (a commit), BENCH_RUNS.
`;
benchOptions(process.argv.slice(2), USAGE);
const { buildCompareBundles } = await import('./src/bundles.js');
const { barInput } = await import('./src/render.js');
const { firstChartTable, measureFirstChart } = await import('./src/first-chart.js');
const before = process.env.BENCH_BEFORE || undefined;
const bundles = await buildCompareBundles();
const times = await measureFirstChart(bundles.chartjs, barInput(), before);
process.stdout.write(`${firstChartTable(times, before)}\n`);
