/** The dashboard names a source by its title, linked to the sources page, language marked. */
import type { SeriesPoint } from '@prim/indicators';
import { nothing } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderLit } from '../../../packages/widgets/test/ssr/render-lit.js';
import { historyTable } from '../src/views/history-table.js';
import { sourcesView } from '../src/views/sources.js';
import { sourceLinks } from '../src/views/uncertainty.js';
import { viewContext } from './view-context.js';

const markup = (lang: 'fr' | 'ar' | 'en', ids: string[]) => {
  const line = sourceLinks(viewContext({ lang }), ids);
  if (line === nothing) throw new Error('no sources line');
  return renderLit(line)
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ >/g, '>');
};

describe('a source on the dashboard', () => {
  it('links its title to the sources page and says its language after the link', () => {
    expect(markup('fr', ['F07'])).toContain(
      '<a href="#"><bdi lang="en">Projects selected, first Oriental call</bdi></a> <span class="lang-mark">(anglais)</span>',
    );
    expect(markup('ar', ['S03'])).toContain('<span class="lang-mark">(الفرنسية)</span>');
  });

  it('says nothing of the language when it is the reader’s', () => {
    const en = markup('en', ['F07']);
    expect(en).toContain('<bdi lang="en">Projects selected, first Oriental call</bdi></a>');
    expect(en).not.toContain('lang-mark');
  });

  it('tags each quote and note with its own language, whatever the page’s; unknown when unsaid', () => {
    const ctx = viewContext({ lang: 'fr' });
    const quote = (id: string, html: string) =>
      new RegExp(`id="src-${id}"[\\s\\S]*?<blockquote lang="([^"]*)"`).exec(html)?.[1];
    const page = renderLit(sourcesView(ctx));
    expect(quote('F38', page)).toBe('ar');
    expect(quote('F07', page)).toBe('fr');
    expect(page).toMatch(/<p class="source-note" lang="en"/);
    const unsaid = ctx.feed.sources.map(({ quoteLang: _, ...s }) => s);
    expect(
      quote('F38', renderLit(sourcesView({ ...ctx, feed: { ...ctx.feed, sources: unsaid } }))),
    ).toBe('');
  });

  it('writes a history value as every surface does, with its bound', () => {
    const ctx = viewContext({ lang: 'fr' });
    const point: SeriesPoint = {
      period: '2024-05',
      start: '2024-05-01',
      end: '2024-05-31',
      value: 27,
      qualifier: 'at-least',
      sources: ['F07'],
      synthetic: false,
      suppressed: false,
    };
    const html = renderLit(historyTable(ctx, 'h', [point]));
    expect(html.replace(/<!--[^>]*-->/g, '')).toMatch(/≥ 27/);
  });
});
