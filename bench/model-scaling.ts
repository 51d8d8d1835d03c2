/**
 * `pnpm bench:model`: the model (parseFeed then computeIndicators) on the PRIM feed at 1×,
 * 10×, 100× and 1000×, today's against an earlier copy, in one run: each size in a fresh
 * process, before and after in turn (the machine is shared, so alternating spreads the load
 * over both), median of the rounds. Written to docs/benchmarks-model.md with --write.
 *
 * The earlier model: BENCH_BEFORE names its packages/indicators/src/index.ts, e.g. from
 *   git archive aba5f90 packages/indicators | tar -x -C /tmp/before
 *   ln -s "$PWD/packages/indicators/node_modules" /tmp/before/packages/indicators/
 * and BENCH_BEFORE_LABEL says what it is (the commit). Without it, only today's is measured.
 */
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, table } from './src/markdown.js';
import { benchOptions, publish } from './src/options.js';
import { measurePoint, SCALES, type ScalePoint } from './src/scaling.js';

const OUT = fileURLToPath(new URL('../docs/benchmarks-model.md', import.meta.url));
const USAGE = `Usage: pnpm bench:model [--write]

Environment: BENCH_BEFORE (an older model's index.ts), BENCH_BEFORE_LABEL, BENCH_AFTER and
BENCH_AFTER_LABEL (the same for the newer one; default: this tree), BENCH_ROUNDS
(default 3), BENCH_LARGEST_ROUNDS (rounds at 1000× and above, default 1), BENCH_SCALES
(default 1,10,100,1000).
`;
const options = benchOptions(process.argv.slice(2), USAGE);
const before = process.env.BENCH_BEFORE;
const beforeLabel = process.env.BENCH_BEFORE_LABEL ?? 'before';
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
// The largest size takes a minute a run: one round unless asked.
const largestRounds = Number(process.env.BENCH_LARGEST_ROUNDS ?? 1);
const roundsAt = (k: number) => (k >= 1000 ? largestRounds : rounds);
// Today's model, or a copy of it (BENCH_AFTER, BENCH_AFTER_LABEL) so that the tree can change
// while a long run goes on.
const after = process.env.BENCH_AFTER;
const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
const dirty = execSync('git status --porcelain -- packages/indicators/src', { encoding: 'utf8' });
const afterLabel =
  process.env.BENCH_AFTER_LABEL ?? `${commit}${dirty ? ' + uncommitted changes' : ''}`;

interface Sample {
  readonly k: number;
  readonly before: ScalePoint[];
  readonly after: ScalePoint[];
}

const samples: Sample[] = SCALES.map((k) => {
  const sample: Sample = { k, before: [], after: [] };
  for (let r = 0; r < roundsAt(k); r++) {
    // Alternate which goes first, so neither always meets the same neighbours' load.
    const order = r % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const which of order) {
      if (which === 'before' && !before) continue;
      const point = measurePoint(k, which === 'before' ? before : after);
      (which === 'before' ? sample.before : sample.after).push(point);
      const total = point.parseMs + point.computeMs;
      console.error(
        `${k}× ${which} round ${r + 1}: ${total.toFixed(0)} ms, ${point.maxRssMb.toFixed(0)} MB`,
      );
    }
  }
  return sample;
});

const usPerObs = (points: readonly ScalePoint[]) =>
  median(points.map((p) => ((p.parseMs + p.computeMs) * 1000) / p.observations));
const cpuPerObs = (points: readonly ScalePoint[]) =>
  median(points.map((p) => (p.cpuMs * 1000) / p.observations));
/** The median peak RSS, and the range when the rounds differ (the collector's timing moves it). */
const rss = (points: readonly ScalePoint[]) => {
  const all = points.map((p) => p.maxRssMb);
  const range =
    all.length > 1 ? ` (${Math.min(...all).toFixed(0)}–${Math.max(...all).toFixed(0)})` : '';
  return `${median(all).toFixed(0)} MB${range}`;
};
const split = (points: readonly ScalePoint[]) =>
  `${median(points.map((p) => p.parseMs)).toFixed(0)} + ${median(points.map((p) => p.computeMs)).toFixed(0)}`;

const rows = samples.map((s, i) => {
  const obs = s.after[0]?.observations ?? 0;
  const prev = samples[i - 1];
  const growth = prev ? `${(cpuPerObs(s.after) / cpuPerObs(prev.after)).toFixed(2)}×` : '–';
  const cells = [
    `${s.k}×`,
    obs.toLocaleString('en'),
    ...(before
      ? [
          `${usPerObs(s.before).toFixed(1)} µs`,
          `${cpuPerObs(s.before).toFixed(1)} µs`,
          `${split(s.before)} ms`,
          rss(s.before),
        ]
      : []),
    `${usPerObs(s.after).toFixed(1)} µs`,
    `${cpuPerObs(s.after).toFixed(1)} µs`,
    `${split(s.after)} ms`,
    rss(s.after),
    ...(before
      ? [
          `${(usPerObs(s.before) / usPerObs(s.after)).toFixed(1)}×`,
          `${(cpuPerObs(s.before) / cpuPerObs(s.after)).toFixed(1)}×`,
        ]
      : []),
    growth,
  ];
  return cells;
});
const head = [
  'size',
  'observations',
  ...(before
    ? [`${beforeLabel}: per observation`, 'CPU per observation', 'parse + compute', 'peak RSS']
    : []),
  `${afterLabel}: per observation`,
  'CPU per observation',
  'parse + compute',
  'peak RSS',
  ...(before ? ['speed-up', 'CPU speed-up'] : []),
  'CPU per observation ÷ previous size',
];
const largest = largestRounds > 1 ? `${largestRounds} at 1000×` : '1 at 1000×';
const doc = `# Model scaling, before and after

Generated by \`pnpm bench:model\` (bench/model-scaling.ts) on ${new Date().toISOString().slice(0, 10)}.
Parsing (JSON → validated feed) then \`computeIndicators\` (every indicator's progress,
parity per activity, every quality flag) on the PRIM feed at k× its size, each size in a
fresh process reading the feed from a file as the CLI of its day did: a model that has
\`parseFeedSource\` reads the file by pieces while it parses (the reading is timed); one with
\`parseFeedBytes\` only is given the file's bytes, read before the clock starts (released once
parsed); an older one the file's text (decoded before the clock starts) for \`parseFeed\`. ${before ? `${beforeLabel} and ${afterLabel} in turn, ` : ''}median of ${rounds} round${rounds > 1 ? 's' : ''} (${largest}; a round's
figure is itself the median of 7 runs up to 10×, 3 at 100×, 1 at 1000×). Peak RSS is the
process's, the file's text or bytes included (with its range over the rounds). CPU time counts every thread of the process (the\ngarbage collector's too); on a shared machine wall time also counts the wait for a core.

${table(head, rows)}`;
await publish(OUT, 'docs/benchmarks-model.md', doc, options);
