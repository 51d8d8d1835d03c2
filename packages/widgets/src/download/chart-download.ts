import { fileNameOf, saveBlob } from './save-blob.js';
import { standaloneSvg } from './standalone-svg.js';

/** The background the chart is drawn on: the widget frame's, so dark charts stay legible. */
function backgroundOf(svg: SVGSVGElement): string | undefined {
  const frame = svg.closest('[part~="base"]');
  return frame ? getComputedStyle(frame).backgroundColor : undefined;
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  return {
    width: Number(svg.getAttribute('width')) || Math.ceil(box.width),
    height: Number(svg.getAttribute('height')) || Math.ceil(box.height),
  };
}

/** The chart as an SVG file that stands alone (styles inlined). */
export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([standaloneSvg(svg, backgroundOf(svg))], { type: 'image/svg+xml' });
}

/**
 * The chart as a PNG, drawn at `scale` × its size: the stand-alone SVG is loaded in an
 * Image from a blob: URL (a strict CSP needs `img-src blob:`, not `data:`), then drawn on a
 * canvas. Blob URLs are same-origin, so the canvas is not tainted and can be exported.
 */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadSvg(svg: SVGSVGElement, caption: string): void {
  saveBlob(svgBlob(svg), fileNameOf(caption, 'svg'), svg.ownerDocument);
}

export async function downloadPng(svg: SVGSVGElement, caption: string): Promise<void> {
  saveBlob(await pngBlob(svg), fileNameOf(caption, 'png'), svg.ownerDocument);
}
