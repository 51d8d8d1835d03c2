/**
 * `pnpm bench:weight`: the "Weight, before and after" section of docs/benchmarks.md alone
 * (BENCH_BEFORE=COMMIT, default aba5f90), printed; --write replaces it in the document.
 */
import { benchOptions, publishSection } from './src/options.js';

const USAGE = `Usage: pnpm bench:weight [--write]

Weighs each define/ entry of BENCH_BEFORE (default aba5f90) and of this tree, and prints
the section.

Options:
  --write   also replace the "Weight, before and after" section of docs/benchmarks.md
  --help    print this help
`;
const options = benchOptions(process.argv.slice(2), USAGE);
const { treeName } = await import('./src/first-chart.js');
const { weightBeforeAfterSection } = await import('./src/weight-before-after.js');
const section = await weightBeforeAfterSection(process.env.BENCH_BEFORE || 'aba5f90', treeName());
await publishSection('Weight, before and after', section, 'First chart', options);
