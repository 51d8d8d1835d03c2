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

/**
 * Draws a mark tree in a Lit template: `${draw(chart)}`. Lit renders an iterable when it
 * commits the template, so the DOM is built then, in the browser, and a view (with its
 * charts) can still be computed in Node for the static SVG; a directive would do the same
 * for a few hundred bytes more on every element. Feed strings never become markup (no
 * innerHTML), so no CSP rule is needed.
 */
export function draw(node: SvgNode): Iterable<SVGElement> {
  return {
    *[Symbol.iterator]() {
      yield build(node);
    },
  };
}
