/**
 * One size of the scaling benchmark, in its own process: `scaling-child.ts <k> <feed file>
 * [model entry]`; prints a ScalePoint as JSON. The feed is read from a file as `prim
 * indicators` reads one, so that peak memory is the model's and not that of making the
 * scaled feed. The model is @prim/indicators, or the entry given (an older copy, to
 * compare). A model with `parseFeedSource` reads the file by pieces while it parses, as the
 * CLI does (opened before the clock starts); one with `parseFeedBytes` only is given the
 * file's bytes, read before the clock starts; an older one (or any, with BENCH_INPUT=text)
 * the file's text, decoded before the clock starts, for `parseFeed` as before
 * (BENCH_INPUT=bytes: the bytes even to a model that reads files by pieces).
 */
import { readFileSync } from 'node:fs';
import { openFeedFile } from '../../packages/cli/src/feed-file.js';
import { median } from './markdown.js';

const [k, feedFile, entry] = process.argv.slice(2) as [string, string, string | undefined];
const model = (await import(entry ?? '@prim/indicators')) as typeof import('@prim/indicators');
const { computeIndicators, parseFeed } = model;
const input = process.env.BENCH_INPUT;
const sourcePath = 'parseFeedSource' in model && input !== 'text' && input !== 'bytes';
const bytesPath = !sourcePath && 'parseFeedBytes' in model && input !== 'text';
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
 * Reads the feed and parses it, timed (reading too when the file is read by pieces, as the
 * parse reads it). The input is read afresh each run and is garbage once this returns, as
 * in the CLI: it is not held while the model computes.
 */
function timedParse(): { result: ReturnType<typeof parseFeed>; cpuStart: number } {
  if (sourcePath) {
    const file = openFeedFile(feedFile);
    megabytes = file.size / 1e6;
    const cpuStart = cpuMs();
    const start = performance.now();
    const result = model.parseFeedSource(file);
    parse.push(performance.now() - start);
    file.close();
    return { result, cpuStart };
  }
  const read = bytesPath ? readFileSync(feedFile) : readFileSync(feedFile, 'utf8');
  megabytes = typeof read === 'string' ? Buffer.byteLength(read) / 1e6 : read.length / 1e6;
  const cpuStart = cpuMs();
  const start = performance.now();
  // The bytes released once parsed, as the CLI released a feed file's before it read by pieces.
  const result =
    typeof read === 'string' ? parseFeed(read) : model.parseFeedBytes(read, { release: true });
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
    input: sourcePath ? 'file' : bytesPath ? 'bytes' : 'text',
    observations,
    megabytes,
    parseMs: median(parse),
    computeMs: median(compute),
    cpuMs: median(cpu),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
