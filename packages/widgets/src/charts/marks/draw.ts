import { Directive, directive } from 'lit/directive.js';
import type { SvgNode } from './node.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A mark tree as SVG DOM. Text goes in as text nodes, attributes through setAttribute. */
function build(node: SvgNode): SVGElement {
  const el = document.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of node.children) el.append(typeof child === 'string' ? child : build(child));
  return el;
}

class DrawDirective extends Directive {
  render(node: SvgNode): SVGElement {
    return build(node);
  }
}

/**
 * Draws a mark tree in a Lit template: `${draw(chart)}`. The DOM is built only when Lit
 * renders, so a view (and its charts) can still be computed in Node for the static SVG.
 * Feed strings never become markup (no innerHTML), so no CSP rule is needed.
 */
export const draw = directive(DrawDirective);
