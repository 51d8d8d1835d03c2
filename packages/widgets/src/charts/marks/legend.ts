import { INSET, type ChartContext } from '../chart-context.js';
import { h, type SvgNode } from './node.js';
import { fittedText } from './text.js';

/** Height of one legend row. */
export const LEGEND_ROW = 18;

export interface LegendItem {
  readonly label: string;
  /** The swatch's class ('swatch', 'summer swatch'…) and fill (a pattern url, or none). */
  readonly swatch: string;
  readonly fill?: string;
}

/**
 * A legend: one 12 px swatch and label per series, in one column (two from 520 px), from
 * the start side; a label too long for its column is shortened and given whole as a title.
 */
export function legend(
  items: readonly LegendItem[],
  width: number,
  dir: ChartContext['dir'],
): { height: number; marks: SvgNode[] } {
  const columns = width >= 520 ? 2 : 1;
  const itemWidth = (width - 2 * INSET) / columns;
  const height = Math.ceil(items.length / columns) * LEGEND_ROW + 6;
  const marks = items.map((item, i) => {
    const col = i % columns;
    const y = Math.floor(i / columns) * LEGEND_ROW;
    const start = dir === 'rtl' ? width - INSET - col * itemWidth : INSET + col * itemWidth;
    const swatchX = dir === 'rtl' ? start - 12 : start;
    const textX = dir === 'rtl' ? start - 18 : start + 18;
    return h(
      'g',
      { class: 'legend-item' },
      h('rect', {
        class: item.swatch,
        x: swatchX,
        y: y + 2,
        width: 12,
        height: 12,
        fill: item.fill ?? '',
      }),
      fittedText({ x: textX, y: y + 12 }, item.label, itemWidth - 24),
    );
  });
  return { height, marks };
}
