/** Rounds to 3 decimals, as d3-shape's paths do: shorter markup, no visible difference. */
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The `d` of a polyline through points, broken where a point is missing: a gap, never a
 * drop to zero. The few lines d3-shape's `line().defined()` is used for here, without its
 * 23 KB of curves (d3-shape ships one file, which does not tree-shake).
 */
export function linePath(points: ReadonlyArray<readonly [number, number] | undefined>): string {
  let d = '';
  let run = 0;
  for (const p of points) {
    if (p === undefined) {
      // A lone point still marks its place, as d3 closes a one-point segment.
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run === 0 ? 'M' : 'L'}${round(p[0])},${round(p[1])}`;
    run++;
  }
  return run === 1 ? `${d}Z` : d;
}
