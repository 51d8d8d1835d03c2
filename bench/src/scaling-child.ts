/**
 * One size of the scaling benchmark, in its own process: `scaling-child.ts <k> <feed file>
 * [model entry]`; prints a ScalePoint as JSON. The feed's text is read from a file, as
 * `prim indicators` reads one, so that peak memory is the model's and not that of making the
 * scaled feed. The model is @prim/indicators, or the entry given (an older copy, to compare).
 */
import { readFileSync } from 'node:fs';
import { median } from './markdown.js';

const [k, file, entry] = process.argv.slice(2) as [string, string, string | undefined];
const { computeIndicators, parseFeed } = (await import(
  entry ?? '@prim/indicators'
)) as typeof import('@prim/indicators');
const text = readFileSync(file, 'utf8');
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
for (let i = 0; i < runs; i++) {
  const cpuStart = cpuMs();
  let start = performance.now();
  const result = parseFeed(text);
  parse.push(performance.now() - start);
  if (!result.ok) throw new Error(`${k}× feed is invalid: ${result.errors[0]?.message}`);
  observations = result.feed.observations.length;
  start = performance.now();
  computeIndicators(result.feed);
  compute.push(performance.now() - start);
  cpu.push(cpuMs() - cpuStart);
}
console.log(
  JSON.stringify({
    k: Number(k),
    observations,
    megabytes: Buffer.byteLength(text) / 1e6,
    parseMs: median(parse),
    computeMs: median(compute),
    cpuMs: median(cpu),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
