import { h, type SvgNode } from './node.js';

/** A vertical line at x from y1 to y2: a target tick, the parity line, a bar's origin. */
export const ruleX = (cls: string, x: number, y1: number, y2: number): SvgNode =>
  h('line', { class: cls, x1: x, x2: x, y1, y2 });

/** A horizontal line at y from x1 to x2: a grid line, the baseline of bars. */
export const ruleY = (cls: string, y: number, x1: number, x2: number): SvgNode =>
  h('line', { class: cls, x1, x2, y1: y, y2: y });
