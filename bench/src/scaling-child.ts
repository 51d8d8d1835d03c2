/** One size of the scaling benchmark, in its own process; prints a ScalePoint as JSON. */
import { readFileSync } from 'node:fs';
import { computeIndicators, parseFeed } from '@prim/indicators';
import { median } from './markdown.js';
import { scaledFeed } from './scaled-feed.js';

const k = Number(process.argv[2]);
const base = readFileSync(
  new URL('../../packages/indicators/feeds/prim.feed.json', import.meta.url),
  'utf8',
);
const { text, observations } = scaledFeed(base, k);
// Small sizes are quick and noisy: the median of several runs. Large ones run once.
const runs = k <= 10 ? 7 : k <= 100 ? 3 : 1;
const parse: number[] = [];
const compute: number[] = [];
for (let i = 0; i < runs; i++) {
  let start = performance.now();
  const result = parseFeed(text);
  parse.push(performance.now() - start);
  if (!result.ok) throw new Error(`${k}× feed is invalid: ${result.errors[0]?.message}`);
  start = performance.now();
  computeIndicators(result.feed);
  compute.push(performance.now() - start);
}
console.log(
  JSON.stringify({
    k,
    observations,
    megabytes: Buffer.byteLength(text) / 1e6,
    parseMs: median(parse),
    computeMs: median(compute),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
