import { max } from 'd3-array';
import { xRange, type ChartContext } from './chart-context.js';
import { linePath } from './line-path.js';
import { frame } from './marks/frame.js';
import { h, type SvgNode } from './marks/node.js';
import { linearScale, pointScale } from './scales.js';

export interface SparkPoint {
  readonly key: string;
  readonly value: number | undefined;
}

const HEIGHT = 44;

/**
 * A small line of an indicator over time; gaps where a period has no value (a gap, not a
 * drop to zero). Time runs right to left in Arabic.
 */
export function sparkline(
  points: readonly SparkPoint[],
  ctx: Pick<ChartContext, 'width' | 'dir'>,
  label: string,
): SvgNode {
  const { width, dir } = ctx;
  const x = pointScale(points.length, xRange(width, dir, 6));
  const y = linearScale([0, max(points, (p) => p.value) ?? 1], [HEIGHT - 6, 6], { nice: true });
  const path = linePath(
    points.map((p, i) => (p.value === undefined ? undefined : [x(i), y(p.value)])),
  );
  const lastIndex = points.findLastIndex((p) => p.value !== undefined);
  return frame(
    { kind: 'sparkline', part: 'sparkline', label, height: HEIGHT },
    ctx,
    h('path', { class: 'line', d: path }),
    points.map(
      (p, i) =>
        p.value !== undefined &&
        h('circle', {
          class: 'bar',
          cx: x(i),
          cy: y(p.value),
          r: i === lastIndex ? 4 : 2.5,
          'data-key': p.key,
        }),
    ),
  );
}
