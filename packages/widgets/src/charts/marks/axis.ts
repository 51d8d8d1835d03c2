import { LINE, type ChartContext } from '../chart-context.js';
import type { BandScale, LinearScale } from '../scales.js';
import type { XLabel } from '../x-labels.js';
import { h, type SvgNode } from './node.js';
import { ruleY } from './rule.js';

export interface AxisYOptions {
  /** About how many ticks (d3's `ticks(count)`). */
  readonly count: number;
  /** Left and right ends of the grid lines. */
  readonly x1: number;
  readonly x2: number;
  /** Where tick labels are anchored: the gutter on the start side. */
  readonly labelX: number;
  readonly anchor: 'start' | 'end';
  readonly format: (value: number) => string;
}

/**
 * A y axis drawn as grid lines across the plot, each with its value in the gutter. Numbers
 * are written left to right in every language (`direction="ltr"`); only their side changes.
 */
export function axisY(y: LinearScale, o: AxisYOptions): SvgNode[] {
  return y
    .ticks(o.count)
    .flatMap((t) => [
      ruleY('grid', y(t), o.x1, o.x2),
      h(
        'text',
        { class: 'muted', direction: 'ltr', x: o.labelX, y: y(t) + 4, 'text-anchor': o.anchor },
        o.format(t),
      ),
    ]);
}

export interface AxisXOptions {
  /** The plot's bottom: the baseline, with labels under it. */
  readonly y: number;
  /** Left and right ends of the baseline. */
  readonly x1: number;
  readonly x2: number;
  readonly dir: ChartContext['dir'];
  /** The short name of a month period ('2023-07' → 'juil.'). */
  readonly month: (period: string) => string;
}

/**
 * The baseline under bars and their x labels (chosen by `xLabels`): a month centred under
 * its band, with its year on a second line where one starts; a year alone starts at its
 * band's start side.
 */
export function axisX(
  x: BandScale,
  periods: readonly string[],
  labels: readonly XLabel[],
  o: AxisXOptions,
): SvgNode[] {
  const band = x.bandwidth;
  const text = (y: number, lx: number, anchor: string, content: string) =>
    h(
      'text',
      { class: 'muted x-label', direction: 'ltr', y, x: lx, 'text-anchor': anchor },
      content,
    );
  return [
    ruleY('axis', o.y, o.x1, o.x2),
    ...labels.flatMap((label) => {
      const left = x(periods[label.index] ?? '') ?? 0;
      const yearOnly = label.year === undefined && label.text.length === 4;
      const lx = yearOnly ? (o.dir === 'rtl' ? left + band : left) : left + band / 2;
      const anchor = yearOnly ? (o.dir === 'rtl' ? 'end' : 'start') : 'middle';
      const first = /^\d{4}$/.test(label.text) ? label.text : o.month(label.text);
      return [
        text(o.y + 14, lx, anchor, first),
        ...(label.year === undefined ? [] : [text(o.y + 14 + LINE - 2, lx, anchor, label.year)]),
      ];
    }),
  ];
}
