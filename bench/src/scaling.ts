/**
 * Model scaling: parse + validate (parseFeed from JSON text) and compute (computeIndicators)
 * on the PRIM feed at 1×, 10×, 100× and 1000× its size. Each size runs in its own process,
 * so one size's garbage never slows the next and peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ms, table } from './markdown.js';

export const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,1000').split(',').map(Number);

export interface ScalePoint {
  readonly k: number;
  readonly observations: number;
  readonly megabytes: number;
  readonly parseMs: number;
  readonly computeMs: number;
  readonly maxRssMb: number;
}

const CHILD = fileURLToPath(new URL('./scaling-child.ts', import.meta.url));

export function measureScaling(): ScalePoint[] {
  return SCALES.map((k) => {
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=6144', '--import', 'tsx', CHILD, String(k)],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`scaling ${k}× failed: ${r.stderr}`);
    const point = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as ScalePoint;
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
