/** Writes the PRIM feed at k× its size to a file: `scaled-feed-writer.ts <k> <file>`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { scaledFeed } from './scaled-feed.js';

const [k, out] = process.argv.slice(2) as [string, string];
const base = readFileSync(
  new URL('../../packages/indicators/feeds/prim.feed.json', import.meta.url),
  'utf8',
);
writeFileSync(out, scaledFeed(base, Number(k)).text);
