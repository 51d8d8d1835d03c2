import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderWidgetSvg, WIDGETS } from '../../src/ssr/render-svg.js';
import { buildFeed } from '../fixtures.js';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** The widget modules a module reaches through its static imports, and what each imports. */
function importGraph(entry: string): Map<string, readonly string[]> {
  const graph = new Map<string, readonly string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*'([^']+)'/g)].map(
      (m) => m[1] ?? '',
    );
    graph.set(file, specifiers);
    for (const s of specifiers) {
      if (s.startsWith('.')) visit(resolve(dirname(file), s.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return graph;
}

describe('static SVG in Node, with no DOM', () => {
  it('renders every widget kind where no DOM global exists', () => {
    expect(typeof HTMLElement).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const feed = buildFeed();
    for (const widget of WIDGETS) {
      const svg = renderWidgetSvg(widget, feed, { indicator: 'fund-completion', lang: 'ar' });
      expect(svg, widget).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg, widget).toMatch(/<title id="prim-title">[^<]+<\/title>/);
    }
  });

  it('computes views with the pure view functions, never an element or a Lit template', () => {
    const graph = importGraph(resolve(src, 'ssr/render-svg.ts'));
    const modules = [...graph.keys()].map((f) => relative(src, f));
    expect(modules).toEqual(expect.arrayContaining(['views/footfall-view.ts']));
    expect(modules.filter((m) => /^(elements|define)\/|prim-element/.test(m))).toEqual([]);
    // Only the stylesheets (read for the SVG palette) touch Lit, for its `css` tag.
    const lit = [...graph]
      .filter(([, imports]) => imports.some((s) => s === 'lit' || s.startsWith('lit/')))
      .map(([file]) => relative(src, file));
    expect(lit.filter((m) => !m.startsWith('styles/'))).toEqual([]);
  });
});
