/**
 * One size of the scaling benchmark, in its own process: `scaling-child.ts <k> <feed file>
 * [model entry]`; prints a ScalePoint as JSON. The feed is read from a file as `prim
 * indicators` reads one, before the clock starts, so that peak memory is the model's and
 * not that of making the scaled feed. The model is @prim/indicators, or the entry given (an
 * older copy, to compare). A model with `parseFeedBytes` is given the file's bytes; an
 * older one (or any, with BENCH_INPUT=text) the file's text, decoded before the clock
 * starts, for `parseFeed` as before.
 */
import { readFileSync } from 'node:fs';
import { median } from './markdown.js';

const [k, file, entry] = process.argv.slice(2) as [string, string, string | undefined];
const model = (await import(entry ?? '@prim/indicators')) as typeof import('@prim/indicators');
const { computeIndicators, parseFeed } = model;
const bytesPath = 'parseFeedBytes' in model && process.env.BENCH_INPUT !== 'text';
// Small sizes are quick and noisy: the median of several runs. Large ones run once.
const runs = Number(k) <= 10 ? 7 : Number(k) <= 100 ? 3 : 1;
const parse: number[] = [];
const compute: number[] = [];
// CPU time too: on a shared machine, wall time also counts the wait for a free core.
const cpu: number[] = [];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let observations = 0;
let megabytes = 0;

/**
 * Reads the feed (before the clock starts) and parses it, timed. The input is read afresh
 * each run and is garbage once this returns, as in the CLI: it is not held while the model
 * computes.
 */
function timedParse(): { result: ReturnType<typeof parseFeed>; cpuStart: number } {
  const input = bytesPath ? readFileSync(file) : readFileSync(file, 'utf8');
  megabytes = typeof input === 'string' ? Buffer.byteLength(input) / 1e6 : input.length / 1e6;
  const cpuStart = cpuMs();
  const start = performance.now();
  // The bytes released once parsed, as the CLI releases a feed file's.
  const result =
    typeof input === 'string' ? parseFeed(input) : model.parseFeedBytes(input, { release: true });
  parse.push(performance.now() - start);
  return { result, cpuStart };
}

for (let i = 0; i < runs; i++) {
  const { result, cpuStart } = timedParse();
  if (!result.ok) throw new Error(`${k}× feed is invalid: ${result.errors[0]?.message}`);
  observations = result.feed.observations.length;
  const start = performance.now();
  computeIndicators(result.feed);
  compute.push(performance.now() - start);
  cpu.push(cpuMs() - cpuStart);
}
console.log(
  JSON.stringify({
    k: Number(k),
    input: bytesPath ? 'bytes' : 'text',
    observations,
    megabytes,
    parseMs: median(parse),
    computeMs: median(compute),
    cpuMs: median(cpu),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
