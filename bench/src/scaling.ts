/**
 * Model scaling: parse + validate (parseFeed from JSON text) and compute (computeIndicators)
 * on the PRIM feed at 1×, 10×, 100× and 1000× its size. Each size runs in its own process,
 * so one size's garbage never slows the next and peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms, table } from './markdown.js';

export const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,1000').split(',').map(Number);

export interface ScalePoint {
  readonly k: number;
  readonly observations: number;
  readonly megabytes: number;
  readonly parseMs: number;
  readonly computeMs: number;
  /** CPU time of parse + compute, every thread of the process (the collector's too). */
  readonly cpuMs: number;
  readonly maxRssMb: number;
}

const CHILD = fileURLToPath(new URL('./scaling-child.ts', import.meta.url));
const WRITER = fileURLToPath(new URL('./scaled-feed-writer.ts', import.meta.url));
const BASE = new URL('../../packages/indicators/feeds/prim.feed.json', import.meta.url);

function node(args: readonly string[], what: string): string {
  const r = spawnSync(process.execPath, ['--max-old-space-size=6144', '--import', 'tsx', ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * The file of the PRIM feed at k× (made once per version of the feed, in the temporary
 * directory): making it takes longer than measuring, and more memory than the model.
 */
export function scaledFeedFile(k: number): string {
  const hash = createHash('sha256').update(readFileSync(BASE)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), 'prim-bench');
  const file = join(dir, `prim-${hash}-${k}x.json`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  node([WRITER, String(k), `${file}.part`], `writing the ${k}× feed`);
  renameSync(`${file}.part`, file);
  return file;
}

/** One size measured in a fresh process, with @prim/indicators or the model `entry`. */
export function measurePoint(k: number, entry?: string): ScalePoint {
  const args = [CHILD, String(k), scaledFeedFile(k), ...(entry ? [entry] : [])];
  const out = node(args, `scaling ${k}×`);
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ScalePoint;
}

export function measureScaling(): ScalePoint[] {
  return SCALES.map((k) => {
    const point = measurePoint(k);
    console.log(`scaling ${k}×: parse ${ms(point.parseMs)}, compute ${ms(point.computeMs)}`);
    return point;
  });
}

export function scalingTable(points: readonly ScalePoint[]): string {
  const first = points[0];
  const rows = points.map((p, i) => {
    const prev = points[i - 1];
    const total = p.parseMs + p.computeMs;
    const growth = prev
      ? `${(total / (prev.parseMs + prev.computeMs)).toFixed(1)}× for ${(p.observations / prev.observations).toFixed(1)}× rows`
      : '–';
    return [
      `${p.k}×`,
      p.observations.toLocaleString('en'),
      p.megabytes.toFixed(1),
      ms(p.parseMs),
      ms(p.computeMs),
      ms(total),
      first ? `${((total / p.observations) * 1000).toFixed(1)} µs` : '',
      growth,
      p.maxRssMb.toFixed(0),
    ];
  });
  return table(
    [
      'size',
      'observations',
      'JSON MB',
      'parse + validate',
      'compute',
      'total',
      'per observation',
      'growth from previous size',
      'peak RSS MB',
    ],
    rows,
  );
}
