const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The presentation properties a chart takes from the widget's stylesheet and custom
 * properties. Outside the shadow root none of those rules apply, so each element's
 * computed value is written into its own `style`: through the CSSOM, on a copy in a
 * separate XML document. Setting a `style` attribute from script, even on a detached
 * clone, is an inline style that a strict CSP (`style-src-attr`) refuses and reports.
 */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'direction',
  'visibility',
] as const;

/**
 * Writes the computed values an element does not inherit as they are from its parent
 * (every listed property but opacity inherits in SVG), which keeps the file small.
 */
function inlineStyles(source: Element, target: SVGElement, parent?: CSSStyleDeclaration): void {
  const computed = getComputedStyle(source);
  for (const p of PROPERTIES) {
    const value = computed.getPropertyValue(p);
    const inherited = p === 'opacity' ? '1' : parent?.getPropertyValue(p);
    if (value !== inherited) target.style.setProperty(p, value);
  }
  if (computed.display === 'none') target.style.setProperty('display', 'none');
  target.removeAttribute('class');
  target.removeAttribute('part');
}

/** Lit's marker comments mean nothing outside the page: drop them. */
function removeComments(doc: Document, root: Node): void {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
}

/**
 * A chart's <svg> as a stand-alone SVG document: computed styles inlined, the widget's
 * background behind it, its accessible label as <title>, and explicit size and namespace,
 * so it opens the same in an editor, a report or an <img>.
 */
export function standaloneSvg(svg: SVGSVGElement, background?: string): string {
  // A document of its own, outside the page: nothing done to the copy touches the page.
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const clone = doc.importNode(svg, true);
  doc.replaceChild(clone, doc.documentElement);
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const target = targets[i];
    const parent = source === svg || !source.parentElement ? undefined : source.parentElement;
    if (target instanceof SVGElement) {
      inlineStyles(source, target, parent && getComputedStyle(parent));
    }
  });
  removeComments(doc, clone);
  const box = svg.getBoundingClientRect();
  const width = svg.getAttribute('width') ?? String(Math.ceil(box.width));
  const height = svg.getAttribute('height') ?? String(Math.ceil(box.height));
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (background && background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    clone.prepend(rect);
  }
  const label = svg.getAttribute('aria-label');
  if (label) {
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    clone.prepend(title);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}
