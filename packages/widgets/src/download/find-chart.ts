/** A chart's own <svg> carries a part (chart-frame.ts, sparkline.ts); small icons have none. */
const CHART = 'svg[part~="chart"], svg[part~="sparkline"]';

/**
 * The first chart drawn inside an element, looking through nested shadow roots (a
 * dashboard holds widgets that hold charts): what a page outside the widget exports.
 */
export function findChart(root: Element | ShadowRoot): SVGSVGElement | undefined {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const direct = scope.querySelector<SVGSVGElement>(CHART);
  if (direct) return direct;
  for (const element of scope.querySelectorAll('*')) {
    const found = element.shadowRoot ? findChart(element.shadowRoot) : undefined;
    if (found) return found;
  }
  return undefined;
}
