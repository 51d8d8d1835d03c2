/**
 * Static images of a live widget: its shadow DOM SVG serialized with computed styles inlined
 * (classes and CSS custom properties do not travel with a standalone file), and a PNG drawn
 * from that SVG on a canvas.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPERTIES = [
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
] as const;

/** The first <svg> inside an element, looking through nested shadow roots. */
export function findSvg(root: Element | ShadowRoot): SVGSVGElement | undefined {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const direct = scope.querySelector('svg');
  if (direct) return direct;
  for (const el of scope.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = findSvg(el.shadowRoot);
      if (found) return found;
    }
  }
  return undefined;
}

/** A standalone SVG document for the chart, or undefined when the widget draws none. */
export function serializeSvg(widget: Element): string | undefined {
  const svg = findSvg(widget);
  if (!svg) return undefined;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    // Through the CSSOM, not setAttribute('style'): a strict CSP blocks style attributes
    // (even on a detached clone) but not the CSSOM, and the serializer writes both the same.
    const { style } = copy as SVGElement;
    for (const p of STYLE_PROPERTIES) style.setProperty(p, computed.getPropertyValue(p));
    copy.removeAttribute('class');
  });
  const box = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(Math.round(box.width)));
  clone.setAttribute('height', String(Math.round(box.height)));
  return new XMLSerializer().serializeToString(clone);
}

/** Draws the SVG on a canvas at twice its size and returns it as a PNG. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, image.naturalWidth * scale);
    canvas.height = Math.max(1, image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through a temporary link. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
