import { h, type SvgNode } from './marks/node.js';

/** Ink of each series pattern over its colour, so series differ without colour too. */
const INK: readonly string[] = [
  '', // solid
  'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', // diagonal lines
  'M1.5,1.5 h1 M4.5,4.5 h1', // dots
  'M0,3 h6', // horizontal lines
  'M0,0 l6,6 M6,0 l-6,6', // cross-hatch
  'M3,0 v6', // vertical lines
];

export const PATTERN_COUNT = INK.length;

export const patternId = (prefix: string, style: number) => `${prefix}-s${style}`;
export const withheldId = (prefix: string) => `${prefix}-withheld`;

/**
 * Pattern fills for stacked series and for withheld counts (hatched, no fill). Ids carry a
 * per-chart prefix: several charts share one shadow root.
 */
export function patternDefs(prefix: string, styles: readonly number[]): SvgNode {
  const tile = { patternUnits: 'userSpaceOnUse' };
  return h(
    'defs',
    {},
    styles.map((style) => {
      const s = style % PATTERN_COUNT;
      return h(
        'pattern',
        { id: patternId(prefix, style), ...tile, width: 6, height: 6 },
        h('rect', { class: `series-${s}`, width: 6, height: 6 }),
        INK[s] ? h('path', { class: 'pattern-ink', d: INK[s] }) : undefined,
      );
    }),
    h(
      'pattern',
      { id: withheldId(prefix), ...tile, width: 5, height: 5 },
      h('path', { class: 'withheld-ink', d: 'M-1,1 l2,-2 M0,5 l5,-5 M4,6 l2,-2' }),
    ),
  );
}
