import type { ParityStatus } from '@prim/indicators';
import { scaleLinear } from 'd3-scale';
import { html, svg, type TemplateResult } from 'lit';
import { fitLabel, startX, xRange, type ChartContext } from './chart-context.js';
import { parityShape } from './status-icon.js';

export interface ParityRow {
  readonly label: string;
  /** Share of women, 0–1; undefined when not disaggregated (shown as unknown, not 0). */
  readonly share: number | undefined;
  readonly status: ParityStatus;
  /** The line under the track, e.g. '27,5 % · Sous la parité · 11 F / 29 H'. */
  readonly caption: string;
}

const TOP = 24;
const ROW = 60;
const TRACK_Y = 22;
const TRACK_H = 10;

/** x positions (chart pixels) of each row's marker and of the threshold line, for tests. */
export function parityGeometry(
  rows: readonly ParityRow[],
  threshold: number,
  width: number,
  dir: ChartContext['dir'],
) {
  const x = scaleLinear().domain([0, 1]).range(xRange(width, dir));
  return {
    height: TOP + rows.length * ROW,
    threshold: x(threshold),
    origin: x(0),
    markers: rows.map((r) => (r.share === undefined ? undefined : x(r.share))),
    x,
  };
}

/**
 * Every activity's share of women on a 0–100% track against the parity line (dashed).
 * Meets, below and unknown differ by shape (disc, downward triangle, dashed ring with '?')
 * and by the caption text, not by colour alone. Mirrored in Arabic.
 */
export function parityChart(
  rows: readonly ParityRow[],
  threshold: number,
  ctx: ChartContext,
  label: string,
): TemplateResult {
  const { width, dir, fmt, msgs } = ctx;
  const g = parityGeometry(rows, threshold, width, dir);
  const [x0, x1] = xRange(width, dir);
  const sx = startX(width, dir);
  const anchor = g.threshold > width * 0.7 ? 'end' : g.threshold < width * 0.3 ? 'start' : 'middle';
  return html`<svg
    part="chart"
    class="parity-chart"
    role="img"
    aria-label=${label}
    width=${width}
    height=${g.height}
    viewBox=${`0 0 ${width} ${g.height}`}
    direction=${dir}
  >
    <text class="muted" x=${g.threshold} y="12" text-anchor=${anchor} direction="ltr">
      ${fmt.percent(threshold)}
    </text>
    ${rows.map((row, i) => {
      const y = TOP + i * ROW;
      const m = g.markers[i];
      return svg`<g class="row" data-status=${row.status}>
        <text x=${sx} y=${y + 14}>${fitLabel(row.label, width - 16)}<title>${row.label}</title></text>
        <rect class=${row.status === 'unknown' ? 'track parity-unknown' : 'track'}
          x=${Math.min(x0, x1)} y=${y + TRACK_Y} width=${Math.abs(x1 - x0)} height=${TRACK_H} rx="2"></rect>
        ${
          m === undefined
            ? parityShape(
                'unknown',
                g.origin + (dir === 'rtl' ? -10 : 10),
                y + TRACK_Y + TRACK_H / 2,
              )
            : svg`<rect class=${`bar parity-${row.status}`} x=${Math.min(g.origin, m)} y=${y + TRACK_Y + 2}
                width=${Math.abs(m - g.origin)} height=${TRACK_H - 4}></rect>
              ${parityShape(row.status, m, y + TRACK_Y + TRACK_H / 2)}`
        }
        <text class="muted" x=${sx} y=${y + TRACK_Y + TRACK_H + 18}>${row.caption}</text>
      </g>`;
    })}
    <line class="threshold" x1=${g.threshold} x2=${g.threshold} y1="16" y2=${g.height - 20}>
      <title>${msgs.parityLine(fmt.percent(threshold))}</title>
    </line>
  </svg>`;
}
