import type { ParityStatus } from '@prim/indicators';
import { svg, type TemplateResult } from 'lit';
import { chartFrame } from './chart-frame.js';
import { LINE, startX, wrapLabel, xRange, type ChartContext } from './chart-context.js';
import { linearScale } from './scales.js';
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
/** From the last label line's baseline to the track, the track, then the caption. */
const TRACK_GAP = 8;
const TRACK_H = 10;
const CAPTION = 20;
const ROW_GAP = 14;
/** The parity line reaches this far above and below each track. */
const LINE_OVERHANG = 4;

/**
 * Geometry of the rows (labels wrapped to two lines, so rows differ in height), of each
 * row's marker and of the threshold line, in chart pixels (exposed for tests).
 */
export function parityGeometry(
  rows: readonly ParityRow[],
  threshold: number,
  width: number,
  dir: ChartContext['dir'],
) {
  const x = linearScale([0, 1], xRange(width, dir));
  let y = TOP;
  const layout = rows.map((r) => {
    const lines = wrapLabel(r.label, width - 16);
    // Captions are 12px text: about 6.5 px a character.
    const caption = wrapLabel(r.caption, width - 16, 2, 6.5);
    const top = y;
    const track = top + lines.length * LINE + TRACK_GAP;
    y = track + TRACK_H + CAPTION + (caption.length - 1) * LINE + ROW_GAP;
    return { top, lines, track, caption };
  });
  return {
    height: y,
    threshold: x(threshold),
    origin: x(0),
    markers: rows.map((r) => (r.share === undefined ? undefined : x(r.share))),
    rows: layout,
    x,
  };
}

/**
 * Every activity's share of women on a 0–100% track against the parity line (dashed).
 * The line is drawn across each track only, so it never runs through names and captions.
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
  return chartFrame(
    { kind: 'parity-chart', label, height: g.height },
    ctx,
    svg`
      <text class="muted" x=${g.threshold} y="12" text-anchor=${anchor} direction="ltr">
        ${fmt.percent(threshold)}
        <title>${msgs.parityLine(fmt.percent(threshold))}</title>
      </text>
      ${rows.map((row, i) => {
        const { top, lines, track, caption } = g.rows[i] ?? {
          top: 0,
          lines: [],
          track: 0,
          caption: [],
        };
        const m = g.markers[i];
        return svg`<g class="row" data-status=${row.status}>
        <text class="label" x=${sx} y=${top + 14}>${lines.map(
          (line, n) => svg`<tspan x=${sx} dy=${n === 0 ? 0 : LINE}>${line}</tspan>`,
        )}<title>${row.label}</title></text>
        <rect class=${row.status === 'unknown' ? 'track parity-unknown' : 'track'}
          x=${Math.min(x0, x1)} y=${track} width=${Math.abs(x1 - x0)} height=${TRACK_H} rx="2"></rect>
        <line class="threshold" x1=${g.threshold} x2=${g.threshold}
          y1=${track - LINE_OVERHANG} y2=${track + TRACK_H + LINE_OVERHANG}></line>
        ${
          m === undefined
            ? parityShape('unknown', g.origin + (dir === 'rtl' ? -10 : 10), track + TRACK_H / 2)
            : svg`<rect class=${`bar parity-${row.status}`} x=${Math.min(g.origin, m)} y=${track + 2}
                width=${Math.abs(m - g.origin)} height=${TRACK_H - 4}></rect>
              ${parityShape(row.status, m, track + TRACK_H / 2)}`
        }
        <text class="muted caption" x=${sx} y=${track + TRACK_H + 18}>${caption.map(
          (line, n) => svg`<tspan x=${sx} dy=${n === 0 ? 0 : LINE}>${line}</tspan>`,
        )}${caption.join(' ') !== row.caption ? svg`<title>${row.caption}</title>` : svg``}</text>
      </g>`;
      })}
`,
  );
}
