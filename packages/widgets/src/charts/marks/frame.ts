import type { ChartContext } from '../chart-context.js';
import { h, type Children, type SvgNode } from './node.js';

/** What tells one chart's frame from another's. */
export interface Frame {
  /** The chart's class: 'bullet-chart', 'month-bars'… */
  readonly kind: string;
  /** The text alternative: a summary of what the chart shows. */
  readonly label: string;
  readonly height: number;
  /** 'month' or 'quarter', for charts whose bars can be either. */
  readonly unit?: string;
  /** The CSS part: 'chart' (default), or 'sparkline' for the small line of a card. */
  readonly part?: string;
}

/**
 * The `<svg part="chart">` every chart is drawn in: one `role="img"` named by its label, the
 * marks in an `aria-hidden` group (a screen reader would otherwise read the name, then every
 * label and tooltip inside again). Its `height` is the chart's: the static renderer stacks
 * charts by it.
 */
export function frame(
  f: Frame,
  ctx: Pick<ChartContext, 'width' | 'dir'>,
  ...marks: Children
): SvgNode {
  const { width, dir } = ctx;
  return h(
    'svg',
    {
      part: f.part ?? 'chart',
      class: f.kind,
      'data-unit': f.unit,
      role: 'img',
      'aria-label': f.label,
      width,
      height: f.height,
      viewBox: `0 0 ${width} ${f.height}`,
      direction: dir,
    },
    h('g', { 'aria-hidden': 'true' }, ...marks),
  );
}
