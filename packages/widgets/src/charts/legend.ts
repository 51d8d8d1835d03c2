import { svg, type SVGTemplateResult } from 'lit';
import { fitLabel, INSET, type ChartContext } from './chart-context.js';

/** Height of one legend row. */
export const LEGEND_ROW = 18;

/**
 * A legend: one swatch and label per series, in one column (two from 520 px), from the
 * start side; a label too long for its column is shortened and given whole as a title.
 */
export function legend(
  items: ReadonlyArray<{ label: string; swatch: (x: number, y: number) => SVGTemplateResult }>,
  width: number,
  dir: ChartContext['dir'],
) {
  const columns = width >= 520 ? 2 : 1;
  const itemWidth = (width - 2 * INSET) / columns;
  const height = Math.ceil(items.length / columns) * LEGEND_ROW + 6;
  const marks = items.map((item, i) => {
    const col = i % columns;
    const y = Math.floor(i / columns) * LEGEND_ROW;
    const start = dir === 'rtl' ? width - INSET - col * itemWidth : INSET + col * itemWidth;
    const swatchX = dir === 'rtl' ? start - 12 : start;
    const textX = dir === 'rtl' ? start - 18 : start + 18;
    return svg`<g class="legend-item">
      ${item.swatch(swatchX, y + 2)}
      <text x=${textX} y=${y + 12}>${fitLabel(item.label, itemWidth - 24)}<title>${item.label}</title></text>
    </g>`;
  });
  return { height, marks };
}
