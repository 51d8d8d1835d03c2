/** Source titles per language in the feed: optional, checked, and older feeds still valid. */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/parse/parse-feed.js';
import { makeFeed, SOURCES } from './fixtures/make-feed.js';

const withSource = (source: Record<string, unknown>) => ({
  ...makeFeed(),
  sources: [...SOURCES, { id: 'extra', title: 'Rapport', ...source }],
});

describe('a source’s title languages', () => {
  it('are optional: a feed whose sources say nothing of them stays valid', () => {
    expect(parseFeed(makeFeed()).ok).toBe(true);
  });

  it('accept the title’s language and the titles the document gives', () => {
    const r = parseFeed(withSource({ lang: 'fr', titles: { en: 'Report', ar: 'تقرير' } }));
    expect(r.ok && r.feed.sources.at(-1)).toMatchObject({ lang: 'fr', titles: { en: 'Report' } });
  });

  it('reject a language that is not a language tag, saying where', () => {
    const r = parseFeed(withSource({ lang: 'French' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatchObject({
        path: `$.sources[${SOURCES.length}].lang`,
        message: 'expected a language tag such as fr, ar, en or es-ES',
      });
    }
  });

  it('warn of a title in a language the interface does not speak, as of any unknown key', () => {
    const r = parseFeed(withSource({ titles: { es: 'Informe' } }));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.warnings.map((w) => w.path)).toContain(`$.sources[${SOURCES.length}].titles`);
  });
});
