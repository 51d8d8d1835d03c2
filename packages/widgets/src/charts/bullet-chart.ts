import type { Status } from '@prim/indicators';
import { svg, type TemplateResult } from 'lit';
import { chartFrame } from './chart-frame.js';
import { fitLabel, startX, xRange, type ChartContext } from './chart-context.js';
import { linearScale } from './scales.js';
import { statusShape } from './status-icon.js';

/** One row of a bullet chart: progress towards a target, in shares of the target. */
export interface BulletRow {
  readonly label: string;
  /** actual ÷ target; undefined when unknown (drawn as no bar, never as 0). */
  readonly completion: number | undefined;
  /** expected ÷ target by the as-of date. */
  readonly expectedCompletion: number | undefined;
  readonly status: Status;
  /** The line under the bar, e.g. '36 / 100 projets · En retard'. */
  readonly caption: string;
}

const ROW = 64;
const BAR_Y = 22;
const BAR_H = 14;

/** Geometry of the bars, exposed for tests: x positions in the chart's own pixels. */
export function bulletGeometry(
  rows: readonly BulletRow[],
  width: number,
  dir: ChartContext['dir'],
) {
  const max = Math.max(1, ...rows.map((r) => r.completion ?? 0));
  const x = linearScale([0, max], xRange(width, dir));
  return {
    height: rows.length * ROW,
    x,
    bars: rows.map((r, i) => {
      const y = i * ROW;
      const end = r.completion === undefined ? undefined : x(r.completion);
      return {
        y,
        bar:
          end === undefined ? undefined : { x: Math.min(x(0), end), width: Math.abs(end - x(0)) },
        expected: r.expectedCompletion === undefined ? undefined : x(r.expectedCompletion),
        target: x(1),
      };
    }),
  };
}

/**
 * Bullet chart: for each row a track, a bar to the actual, a tick at the target (100%) and
 * a triangle marker at the value expected by now. Bars grow from the start side (right in
 * Arabic). Text sits above and below each bar, so the chart works from 280 px.
 */
export function bulletChart(
  rows: readonly BulletRow[],
  ctx: ChartContext,
  label: string,
): TemplateResult {
  const { width, dir } = ctx;
  const g = bulletGeometry(rows, width, dir);
  const [x0, x1] = xRange(width, dir);
  const sx = startX(width, dir);
  const sign = dir === 'rtl' ? -1 : 1;
  return chartFrame(
    { kind: 'bullet-chart', label, height: g.height },
    ctx,
    svg`
      ${rows.map((row, i) => {
        const b = g.bars[i];
        if (!b) return svg``;
        const y = b.y;
        return svg`<g class="row">
        ${statusShape(row.status, sx + sign * 6, y + 10)}
        <text x=${sx + sign * 18} y=${y + 14}>${fitLabel(row.label, width - 30)}<title>${row.label}</title></text>
        <rect class="track" x=${Math.min(x0, x1)} y=${y + BAR_Y} width=${Math.abs(x1 - x0)} height=${BAR_H} rx="2"></rect>
        ${
          b.bar
            ? svg`<rect class=${`bar status-${row.status}`} x=${b.bar.x} y=${y + BAR_Y} width=${b.bar.width} height=${BAR_H} rx="2"></rect>`
            : svg``
        }
        <line class="target" x1=${b.target} x2=${b.target} y1=${y + BAR_Y - 4} y2=${y + BAR_Y + BAR_H + 4}></line>
        ${
          b.expected === undefined
            ? svg``
            : svg`<path class="expected" data-mark="expected"
              d=${`M${b.expected - 5},${y + BAR_Y - 6} L${b.expected + 5},${y + BAR_Y - 6} L${b.expected},${y + BAR_Y + 1} Z`}></path>
              <line class="expected" x1=${b.expected} x2=${b.expected} y1=${y + BAR_Y} y2=${y + BAR_Y + BAR_H}></line>`
        }
        <text class="muted" x=${sx} y=${y + BAR_Y + BAR_H + 16}>${row.caption}</text>
      </g>`;
      })}
`,
  );
}
