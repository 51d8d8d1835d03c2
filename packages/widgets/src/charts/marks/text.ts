import { fitLabel } from '../chart-context.js';
import { h, title, type AttrValue, type SvgNode } from './node.js';

/**
 * A one-line label shortened to about `width` pixels, with its whole text as a tooltip
 * (`<title>`), which a shortened label needs and a whole one does not hurt.
 */
export function fittedText(
  attrs: Readonly<Record<string, AttrValue>>,
  text: string,
  width: number,
  charWidth?: number,
): SvgNode {
  return h('text', attrs, fitLabel(text, width, charWidth), title(text));
}

/** Lines of a wrapped label, one `<tspan>` each from the same x, and an optional tooltip. */
export function linesText(
  attrs: Readonly<Record<string, AttrValue>> & { readonly x: number },
  lines: readonly string[],
  lineHeight: number,
  tooltip?: string,
): SvgNode {
  return h(
    'text',
    attrs,
    lines.map((line, n) => h('tspan', { x: attrs.x, dy: n === 0 ? 0 : lineHeight }, line)),
    tooltip !== undefined && title(tooltip),
  );
}
