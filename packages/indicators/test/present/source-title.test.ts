import { describe, expect, it } from 'vitest';
import { formatterFor, sourceTitle, sourceTitles } from '../../src/present/index.js';
import { makeFeed, SOURCES } from '../fixtures/make-feed.js';

const fr = formatterFor('fr', 'fr-MA');
const ar = formatterFor('ar', 'ar-MA');
const en = formatterFor('en', 'en-GB');

const evaluation = {
  title: 'Évaluation à mi-parcours du PRIM',
  lang: 'fr',
  titles: { en: 'PRIM mid-term evaluation' },
};

describe('a source title for a reader', () => {
  it('is the title the document gives in the reader’s language', () => {
    expect(sourceTitle(evaluation, en)).toEqual({ text: 'PRIM mid-term evaluation', lang: 'en' });
  });

  it('is the title as written, unmarked, when it is in the reader’s language', () => {
    expect(sourceTitle(evaluation, fr)).toEqual({ text: evaluation.title, lang: 'fr' });
    expect(sourceTitle({ title: 'Report', lang: 'en-GB' }, en)).toEqual({
      text: 'Report',
      lang: 'en-GB',
    });
  });

  it('is marked with its language, named in the reader’s, when there is no title in it', () => {
    expect(sourceTitle(evaluation, ar)).toEqual({
      text: evaluation.title,
      lang: 'fr',
      mark: '(الفرنسية)',
    });
    expect(sourceTitle({ title: 'Informe', lang: 'es' }, fr).mark).toBe('(espagnol)');
  });

  it('is left as it is when the feed does not say its language (older feeds)', () => {
    expect(sourceTitle({ title: 'Press article' }, ar)).toEqual({ text: 'Press article' });
  });
});

describe('source titles as one line of text', () => {
  const feed = makeFeed({
    sources: [
      ...SOURCES,
      { id: 'eval-fr', title: 'Évaluation', lang: 'fr', kind: 'document' },
      { id: 'eval-fr-2', title: 'Évaluation', lang: 'fr', kind: 'document' },
    ],
  });

  it('lists each document once, an unknown id as itself', () => {
    expect(sourceTitles(feed, ['eval-fr', 'eval-fr-2', 'nowhere'], fr)).toBe('Évaluation; nowhere');
  });

  it('isolates each title in Arabic so a Latin title keeps its order, mark outside', () => {
    expect(sourceTitles(feed, ['eval-fr', 'press'], ar)).toBe(
      '\u2068Évaluation\u2069 (الفرنسية); \u2068Press article\u2069',
    );
  });
});
