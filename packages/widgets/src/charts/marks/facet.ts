import type { ChartContext } from '../chart-context.js';
import { h, type Children, type SvgNode } from './node.js';

/** Columns of small multiples for a width: as many as fit at `minWidth`, at least one. */
export function facetColumns(width: number, panels: number, minWidth: number, gap: number): number {
  return Math.max(1, Math.min(panels, Math.floor((width + gap) / (minWidth + gap))));
}

/** The width of each of `columns` panels across `width`, `gap` between them. */
export const facetWidth = (width: number, columns: number, gap: number): number =>
  (width - (columns - 1) * gap) / columns;

export interface FacetGrid {
  readonly columns: number;
  readonly gap: number;
  /** Height of one row of panels. */
  readonly rowHeight: number;
  /** Where the first row starts (under a legend). */
  readonly top: number;
  readonly dir: ChartContext['dir'];
}

/**
 * Small multiples: panels laid out row by row in equal columns, the first column on the
 * start side (right in Arabic). `panel(i, width)` draws panel i in its own pixels.
 */
export function facet(
  count: number,
  width: number,
  grid: FacetGrid,
  panel: (index: number, width: number) => Children,
): SvgNode[] {
  const { columns, gap } = grid;
  const panelWidth = facetWidth(width, columns, gap);
  return Array.from({ length: count }, (_, i) => {
    const col = i % columns;
    const x =
      grid.dir === 'rtl' ? width - (col + 1) * panelWidth - col * gap : col * (panelWidth + gap);
    const y = grid.top + Math.floor(i / columns) * grid.rowHeight;
    return h('g', { class: 'panel', transform: `translate(${x}, ${y})` }, ...panel(i, panelWidth));
  });
}
