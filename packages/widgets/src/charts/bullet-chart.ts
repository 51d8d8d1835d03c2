import type { Status } from '@prim/indicators';
import { startX, xRange, type ChartContext } from './chart-context.js';
import { barX } from './marks/bars.js';
import { frame } from './marks/frame.js';
import { h, type SvgNode } from './marks/node.js';
import { ruleX } from './marks/rule.js';
import { fittedText } from './marks/text.js';
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
        /** From the origin to the actual (either way round: see barX). */
        bar: end === undefined ? undefined : { from: x(0), to: end },
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
export function bulletChart(rows: readonly BulletRow[], ctx: ChartContext, label: string): SvgNode {
  const { width, dir } = ctx;
  const g = bulletGeometry(rows, width, dir);
  const [x0, x1] = xRange(width, dir);
  const sx = startX(width, dir);
  const sign = dir === 'rtl' ? -1 : 1;
  return frame(
    { kind: 'bullet-chart', label, height: g.height },
    ctx,
    rows.map((row, i) => {
      const b = g.bars[i];
      if (!b) return undefined;
      const top = b.y + BAR_Y;
      const e = b.expected;
      return h(
        'g',
        { class: 'row' },
        statusShape(row.status, sx + sign * 6, b.y + 10),
        fittedText({ x: sx + sign * 18, y: b.y + 14 }, row.label, width - 30),
        barX('track', x0, x1, top, BAR_H, { rx: 2 }),
        b.bar && barX(`bar status-${row.status}`, b.bar.from, b.bar.to, top, BAR_H, { rx: 2 }),
        ruleX('target', b.target, top - 4, top + BAR_H + 4),
        e !== undefined && [
          h('path', {
            class: 'expected',
            'data-mark': 'expected',
            d: `M${e - 5},${top - 6} L${e + 5},${top - 6} L${e},${top + 1} Z`,
          }),
          ruleX('expected', e, top, top + BAR_H),
        ],
        h('text', { class: 'muted', x: sx, y: top + BAR_H + 16 }, row.caption),
      );
    }),
  );
}
