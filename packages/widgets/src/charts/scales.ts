/**
 * The three scales the charts use, in a few lines each. d3-scale would pull d3-interpolate
 * and d3-color (about 26 KB minified) for colour interpolation these charts never use; the
 * tick and 'nice' maths still come from d3-array, so axes read exactly as d3's would.
 */
import { nice as niceDomain, ticks } from 'd3-array';

/** A linear map from a numeric domain to pixels, with d3's ticks. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  /** About `count` round values inside the domain (d3-array `ticks`). */
  ticks(count?: number): number[];
}

/**
 * `domain` → `range`, unclamped; `nice` widens the domain to round values first (as d3's
 * `scale.nice()`). A domain of one value maps to the middle of the range, as in d3. The
 * arithmetic is d3's own, so positions (and the SVG snapshots) are the same to the last bit.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  options: { nice?: boolean } = {},
): LinearScale {
  const [d0, d1] = options.nice ? niceDomain(domain[0], domain[1], 10) : domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = (value: number) => {
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    ticks: (count = 10) => ticks(d0, d1, count),
  });
}

/** Equal bands for ordered keys along a range (which may run right to left). */
export interface BandScale {
  /** The start edge (smaller x) of a key's band; undefined for an unknown key. */
  (key: string): number | undefined;
  /** Width of a band. */
  readonly bandwidth: number;
  /** Distance from one band's start to the next. */
  readonly step: number;
}

/**
 * d3's band layout (`paddingOuter` 0, `align` 0.5, no rounding): where each of `count`
 * bands starts, the first at the range's first end (so the right in a mirrored chart).
 */
function bands(count: number, range: readonly [number, number], padding: number) {
  const [r0, r1] = range;
  const reverse = r1 < r0;
  const [lo, hi] = reverse ? [r1, r0] : [r0, r1];
  const step = (hi - lo) / Math.max(1, count - padding);
  const start = lo + (hi - lo - step * (count - padding)) * 0.5;
  const starts = Array.from({ length: count }, (_, i) => start + step * i);
  if (reverse) starts.reverse();
  return { starts, step, bandwidth: step * (1 - padding) };
}

/** d3's `scaleBand().domain(keys).range(range).paddingInner(padding)`. */
export function bandScale(
  keys: readonly string[],
  range: readonly [number, number],
  padding = 0,
): BandScale {
  const { starts, step, bandwidth } = bands(keys.length, range, padding);
  const index = new Map(keys.map((k, i) => [k, i]));
  const scale = (key: string) => {
    const i = index.get(key);
    return i === undefined ? undefined : starts[i];
  };
  return Object.assign(scale, { bandwidth, step });
}

/** d3's `scalePoint` over indexes 0…count−1: evenly spread ends to ends, one in the middle. */
export function pointScale(count: number, range: readonly [number, number]): (i: number) => number {
  const { starts } = bands(count, range, 1);
  return (i) => starts[i] ?? NaN;
}
