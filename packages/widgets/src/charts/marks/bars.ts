import type { LinearScale } from '../scales.js';
import { h, type AttrValue, type SvgNode } from './node.js';

/**
 * A horizontal bar between two x positions, whichever is left: a bar grows from its origin
 * to the right in French and to the left in Arabic with the same call. `minWidth` keeps a
 * small value visible.
 */
export function barX(
  cls: string,
  from: number,
  to: number,
  y: number,
  height: number,
  extra: Readonly<Record<string, AttrValue>> = {},
  minWidth = 0,
): SvgNode {
  const width = Math.max(Math.abs(to - from), minWidth);
  return h('rect', { class: cls, x: Math.min(from, to), y, width, height, ...extra });
}

/** One part of a stacked bar, in data units: from the sum of the parts under it to its top. */
export interface StackSegment {
  /** The part's index (its series). */
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Stacks parts bottom up in their order; a missing or non-positive part takes no room and
 * draws nothing (it is not a 0-high segment).
 */
export function stack(parts: ReadonlyArray<number | undefined>): StackSegment[] {
  const out: StackSegment[] = [];
  let base = 0;
  parts.forEach((v, index) => {
    if (v === undefined || v <= 0) return;
    out.push({ index, from: base, to: base + v });
    base += v;
  });
  return out;
}

/**
 * Vertical segments of one stacked bar at band x (width `band`) on the y scale; `fill(i)`
 * is the fill of series i.
 */
export function stackY(
  segments: readonly StackSegment[],
  y: LinearScale,
  x: number,
  band: number,
  fill: (index: number) => string,
): SvgNode[] {
  return segments.map((s) => {
    const y0 = y(s.from);
    const y1 = y(s.to);
    return h('rect', {
      class: 'segment',
      'data-series': s.index,
      x,
      y: y1,
      width: band,
      height: Math.max(0, y0 - y1),
      fill: fill(s.index),
    });
  });
}
