import { parity, type Feed } from '@prim/indicators';
import { describe, expect, it } from 'vitest';
import { renderWidgetSvg, RenderSvgError } from '../../src/ssr/render-svg.js';
import { buildFeed, HOSTILE } from '../fixtures.js';
import { checkXml } from './well-formed.js';

const feed = buildFeed();

/** Every text node of the SVG, entities decoded, for reading like a user would. */
function textOf(svg: string): string {
  return svg
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const count = (svg: string, pattern: RegExp) => svg.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('renderWidgetSvg', () => {
  const cases = [
    ['indicator', 'fr', { indicator: 'fund-completion' }],
    ['indicator', 'ar', { indicator: 'fund-completion' }],
    ['progress', 'fr', {}],
    ['progress', 'ar', { theme: 'dark' as const }],
    ['parity', 'fr', {}],
    ['parity', 'ar', {}],
    ['footfall', 'fr', {}],
    ['footfall', 'ar', {}],
    ['funnel', 'fr', {}],
    ['funnel', 'ar', {}],
  ] as const;

  it.each(cases)(
    '%s (%s) is a standalone, well-formed SVG document',
    async (widget, lang, extra) => {
      const svg = renderWidgetSvg(widget, feed, { lang, ...extra });
      const { problems, elements } = checkXml(svg);
      expect(problems).toEqual([]);
      expect(elements[0]).toBe('svg');
      expect(svg).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="480" height="\d+" viewBox="0 0 480 \d+"/,
      );
      expect(svg).toMatch(/<title id="prim-title">[^<]+<\/title>/);
      expect(svg).toMatch(/<desc id="prim-desc">[^<]+<\/desc>/);
      expect(svg).not.toMatch(/<script|lit-part|lit-node|<\?|var\(--/);
      expect(svg).toContain(`direction="${lang === 'ar' ? 'rtl' : 'ltr'}"`);
      // The gallery: open test/ssr/__snapshots__/*.svg to see every widget.
      const name = `${widget}-${lang}${'theme' in extra ? `-${extra.theme}` : ''}.svg`;
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/${name}`);
    },
  );

  it('draws one parity row per activity, with shares and statuses in French', () => {
    const svg = renderWidgetSvg('parity', feed, { lang: 'fr' });
    expect(count(svg, /<g class="row"/)).toBe(parity(feed).length);
    const text = textOf(svg);
    expect(text).toContain('Part des femmes');
    expect(text).toMatch(/27,5\s%/);
    expect(text).toMatch(/Sous la parité/);
  });

  it('writes Arabic labels right to left, with the bars growing from the right', () => {
    const fr = renderWidgetSvg('progress', feed, { lang: 'fr' });
    const ar = renderWidgetSvg('progress', feed, { lang: 'ar' });
    expect(textOf(ar)).toContain('المشاريع الممولة');
    expect(ar).toContain('lang="ar"');
    const barX = (svg: string) => Number(/<rect class="bar[^"]*" x="([\d.]+)"/.exec(svg)?.[1]);
    const barWidth = (svg: string) =>
      Number(/<rect class="bar[^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/.exec(svg)?.[1]);
    // Same bar, mirrored: it starts at the left in French and ends at the right in Arabic.
    expect(barX(fr)).toBeLessThan(20);
    expect(barX(ar) + barWidth(ar)).toBeGreaterThan(430);
  });

  it('isolates every source title in Arabic, on every line it wraps over', () => {
    const titled = buildFeed({
      sources: buildFeed().sources.map((s) => ({
        ...s,
        title: `${s.title} (gender approach in migration)`,
      })),
    });
    const ar = renderWidgetSvg('indicator', titled, { lang: 'ar', indicator: 'fund-completion' });
    const lines = [...ar.matchAll(/<text class="muted"[^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1] ?? '',
    );
    const withTitle = lines.filter((l) => l.includes('gender') || l.includes('\u2068'));
    expect(withTitle.join(' ')).toContain('\u2068');
    for (const line of lines) {
      const opens = line.match(/[\u2066-\u2068]/g)?.length ?? 0;
      expect(opens, line).toBe(line.split('\u2069').length - 1);
    }
    const fr = renderWidgetSvg('indicator', titled, { lang: 'fr', indicator: 'fund-completion' });
    expect(fr).not.toContain('\u2068');
  });

  it('draws one bullet per indicator with a target, and the indicator card with its value', () => {
    const progress = renderWidgetSvg('progress', feed, { lang: 'fr' });
    const withTarget = feed.indicators.filter((i) => i.target !== undefined).length;
    expect(count(progress, /<line class="target"/)).toBe(withTarget);
    const card = renderWidgetSvg('indicator', feed, { indicator: 'fund-completion', lang: 'fr' });
    expect(textOf(card)).toMatch(/Projets financés .*projets/);
  });

  it('escapes markup from the feed instead of writing it', () => {
    const hostile: Feed = {
      ...feed,
      activities: feed.activities?.map((a) => ({
        ...a,
        name: { fr: `${HOSTILE}<script>x</script>` },
      })),
      indicators: feed.indicators.map((i) => ({ ...i, name: { fr: HOSTILE } })),
    };
    for (const widget of ['parity', 'progress'] as const) {
      const svg = renderWidgetSvg(widget, hostile, { lang: 'fr' });
      expect(checkXml(svg).problems).toEqual([]);
      expect(svg).not.toMatch(/<img|<script/);
      expect(textOf(svg)).toContain(HOSTILE);
    }
  });

  it('honours width, as-of date and theme', () => {
    const svg = renderWidgetSvg('parity', feed, {
      lang: 'fr',
      width: 320,
      asOf: '2023-01-31',
      theme: 'dark',
    });
    expect(svg).toMatch(/^<svg [^>]*width="320"/);
    expect(textOf(svg)).toContain('31 janvier 2023');
    expect(svg).toContain('.frame{fill:#16181d');
  });

  it('says when the numbers are synthetic (footfall)', () => {
    expect(textOf(renderWidgetSvg('footfall', feed, { lang: 'fr' }))).toContain(
      'Données synthétiques',
    );
    expect(renderWidgetSvg('footfall', feed, { lang: 'fr' })).toContain('<pattern');
  });

  it('refuses what it cannot draw, naming it', () => {
    expect(() => renderWidgetSvg('indicator', feed, {})).toThrow(RenderSvgError);
    expect(() => renderWidgetSvg('pie' as 'funnel', feed, {})).toThrow(/pie/);
  });
});

describe('checkXml (the test helper itself)', () => {
  it('rejects markup that is not well-formed', () => {
    expect(checkXml('<svg><g></svg>').problems).not.toEqual([]);
    expect(checkXml('<svg><text>a < b</text></svg>').problems).not.toEqual([]);
    expect(checkXml('<svg><text>a & b</text></svg>').problems).not.toEqual([]);
    expect(checkXml('<svg a="1" a="2"></svg>').problems).not.toEqual([]);
    expect(checkXml('<svg><text x="1">a &amp; b</text></svg>').problems).toEqual([]);
  });
});
