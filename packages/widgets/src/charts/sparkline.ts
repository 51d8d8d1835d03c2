import { max } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { html, svg, type TemplateResult } from 'lit';
import { xRange, type ChartContext } from './chart-context.js';

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
): TemplateResult {
  const { width, dir } = ctx;
  const x = scalePoint<number>()
    .domain(points.map((_, i) => i))
    .range(xRange(width, dir, 6));
  const y = scaleLinear()
    .domain([0, max(points, (p) => p.value) ?? 1])
    .nice()
    .range([HEIGHT - 6, 6]);
  const path = line<SparkPoint>()
    .defined((p) => p.value !== undefined)
    .x((_, i) => x(i) ?? 0)
    .y((p) => y(p.value ?? 0))(points as SparkPoint[]);
  const lastIndex = points.findLastIndex((p) => p.value !== undefined);
  return html`<svg
    part="sparkline"
    class="sparkline"
    role="img"
    aria-label=${label}
    width=${width}
    height=${HEIGHT}
    viewBox=${`0 0 ${width} ${HEIGHT}`}
  >
    <g aria-hidden="true">
      <path class="line" d=${path ?? ''}></path>
      ${points.map((p, i) =>
        p.value === undefined
          ? svg``
          : svg`<circle class="bar" cx=${x(i) ?? 0} cy=${y(p.value)} r=${i === lastIndex ? 4 : 2.5}
            data-key=${p.key}></circle>`,
      )}
    </g>
  </svg>`;
}
