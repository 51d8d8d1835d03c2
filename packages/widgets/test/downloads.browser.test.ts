import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/define/prim-footfall.js';
import '../src/define/prim-parity.js';
import '../src/define/prim-table.js';
import { buildFeed, footfallYearFeed } from './fixtures.js';
import { $, $$, cleanup, mount, openTable } from './mount.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

interface SavedFile {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * Catches what a download button saves: the blob behind the object URL and the file name.
 * `next()` resolves with the next file saved (the download code loads on the first click).
 */
function interceptDownloads(): { next: () => Promise<SavedFile> } {
  const blobs = new Map<string, Blob>();
  let arrived: (file: SavedFile) => void = () => {};
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((obj: Blob | MediaSource) => {
    const url = create(obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) arrived({ name: this.download, blob });
  });
  return { next: () => new Promise((resolve) => (arrived = resolve)) };
}

const button = (el: Element, format: string) =>
  $(el, `button[part="download"][data-format="${format}"]`) as HTMLButtonElement;

describe('downloads', () => {
  it('offers CSV, SVG and PNG under a chart, and only CSV under a plain table', async () => {
    const parity = await mount('<prim-parity lang="fr"></prim-parity>', (e) => {
      e.feed = buildFeed();
    });
    await openTable(parity);
    expect($$(parity, 'button[part="download"]').map((b) => b.textContent?.trim())).toEqual([
      'Télécharger (CSV)',
      'Télécharger (SVG)',
      'Télécharger (PNG)',
    ]);
    const table = await mount(
      '<prim-table lang="fr" indicator="participants"></prim-table>',
      (e) => {
        e.feed = buildFeed();
      },
    );
    expect($$(table, 'button[part="download"]')).toHaveLength(1);
  });

  it('saves the table as CSV', async () => {
    const downloads = interceptDownloads();
    const el = await mount('<prim-parity lang="en"></prim-parity>', (e) => {
      e.feed = buildFeed();
    });
    await openTable(el);
    const saved = downloads.next();
    button(el, 'csv').click();
    const file = await saved;
    expect(file.name).toBe('share-of-women-by-activity.csv');
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
  });

  it('saves the chart as an SVG that stands alone (styles inlined)', async () => {
    const downloads = interceptDownloads();
    const el = await mount('<prim-footfall lang="fr" theme="dark"></prim-footfall>', (e) => {
      e.feed = footfallYearFeed();
    });
    await openTable(el);
    const saved = downloads.next();
    button(el, 'svg').click();
    const file = await saved;
    expect(file.name).toBe('personnes-recues-dans-les-baom-par-profil.svg');
    expect(file.blob.type).toBe('image/svg+xml');
    const text = await file.blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')?.textContent).toContain('Personnes reçues dans les BAOM');
    // No class or custom property is left to resolve: colours are written out.
    expect(text).not.toContain('class=');
    expect(text).not.toContain('var(--');
    expect(text).not.toContain('<!--');
    // The dark background and the pattern fills travel with it.
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('rgb(22, 24, 29)');
    expect(root.querySelectorAll('pattern').length).toBeGreaterThan(1);
    const segment = root.querySelector('rect[data-series]');
    expect(segment?.getAttribute('fill')).toMatch(/^url\(#prim-ff\d+-s\d\)$/);
    // It renders on its own, as an image outside the widget.
    const image = new Image();
    image.src = URL.createObjectURL(file.blob);
    await image.decode();
    expect(image.naturalWidth).toBe(Number(root.getAttribute('width')));
  });

  it('saves the chart as a PNG drawn from a blob: URL at twice its size', async () => {
    const downloads = interceptDownloads();
    const el = await mount('<prim-parity lang="ar"></prim-parity>', (e) => {
      e.feed = buildFeed();
    });
    await openTable(el);
    const saved = downloads.next();
    button(el, 'png').click();
    const png = await saved;
    expect(png.name).toMatch(/\.png$/);
    expect(png.blob.type).toBe('image/png');
    const signature = new Uint8Array(await png.blob.slice(0, 8).arrayBuffer());
    expect([...signature]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(png.blob);
    const width = Number($(el, 'svg[part="chart"]')?.getAttribute('width'));
    expect(bitmap.width).toBe(width * 2);
    // The SVG went through a blob: URL, never a data: URL.
    const urls = vi.mocked(URL.createObjectURL).mock.results.map((r) => r.value as string);
    expect(urls.every((u) => u.startsWith('blob:'))).toBe(true);
  });
});
