import type { ParityStatus } from '@prim/indicators';
import { LINE, startX, wrapLabel, xRange, type ChartContext } from './chart-context.js';
import { barX } from './marks/bars.js';
import { frame } from './marks/frame.js';
import { h, title, type SvgNode } from './marks/node.js';
import { ruleX } from './marks/rule.js';
import { linesText } from './marks/text.js';
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
): SvgNode {
  const { width, dir, fmt, msgs } = ctx;
  const g = parityGeometry(rows, threshold, width, dir);
  const [x0, x1] = xRange(width, dir);
  const sx = startX(width, dir);
  const anchor = g.threshold > width * 0.7 ? 'end' : g.threshold < width * 0.3 ? 'start' : 'middle';
  return frame(
    { kind: 'parity-chart', label, height: g.height },
    ctx,
    h(
      'text',
      { class: 'muted', x: g.threshold, y: 12, 'text-anchor': anchor, direction: 'ltr' },
      fmt.percent(threshold),
      title(msgs.parityLine(fmt.percent(threshold))),
    ),
    rows.map((row, i) => {
      const layout = g.rows[i];
      if (!layout) return undefined;
      const { top, lines, track, caption } = layout;
      const m = g.markers[i];
      const mid = track + TRACK_H / 2;
      return h(
        'g',
        { class: 'row', 'data-status': row.status },
        linesText({ class: 'label', x: sx, y: top + 14 }, lines, LINE, row.label),
        barX(row.status === 'unknown' ? 'track parity-unknown' : 'track', x0, x1, track, TRACK_H, {
          rx: 2,
        }),
        ruleX('threshold', g.threshold, track - LINE_OVERHANG, track + TRACK_H + LINE_OVERHANG),
        m === undefined
          ? parityShape('unknown', g.origin + (dir === 'rtl' ? -10 : 10), mid)
          : [
              barX(`bar parity-${row.status}`, g.origin, m, track + 2, TRACK_H - 4),
              parityShape(row.status, m, mid),
            ],
        linesText(
          { class: 'muted caption', x: sx, y: track + TRACK_H + 18 },
          caption,
          LINE,
          caption.join(' ') !== row.caption ? row.caption : undefined,
        ),
      );
    }),
  );
}
