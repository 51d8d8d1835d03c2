import { describe, expect, it } from 'vitest';
import { formatterFor, readingText } from '../../src/present/index.js';

describe('counts in words', () => {
  it('picks the plural form with Intl.PluralRules, never "(s)"', () => {
    const fr = formatterFor('fr', 'fr-MA');
    expect(fr.count(1, fr.words.errors)).toBe('1 erreur');
    expect(fr.count(0, fr.words.errors)).toBe('0 erreur');
    expect(fr.count(3, fr.words.errors)).toBe('3 erreurs');
    const en = formatterFor('en', 'en-GB');
    expect(en.count(1, en.words.warnings)).toBe('1 warning');
    expect(en.count(2, en.words.warnings)).toBe('2 warnings');
    const ar = formatterFor('ar', 'ar-MA');
    expect(ar.count(2, ar.words.errors)).toBe('2 خطآن');
    expect(ar.count(3, ar.words.errors)).toBe('3 أخطاء');
    expect(ar.count(11, ar.words.errors)).toBe('11 خطأً');
  });
});

describe('a reading in words', () => {
  const reading = {
    value: 3059,
    bound: 'exact' as const,
    span: { start: '2021-05', end: '2024-08' },
    sources: ['synthetic-register'],
    synthetic: true,
    suppressed: false,
  };

  it('names the span of a sum in each language', () => {
    expect(readingText(reading, formatterFor('fr', 'fr-MA'))).toBe('3.059, mai 2021 – août 2024');
    expect(readingText(reading, formatterFor('en', 'en-GB'))).toBe('3,059, May 2021 – August 2024');
    expect(readingText(reading, formatterFor('ar', 'ar-MA'))).toBe('3.059، ماي 2021 – غشت 2024');
  });

  it('writes each bound the same way everywhere', () => {
    const fr = formatterFor('fr', 'fr-MA');
    const bare = { sources: [], synthetic: false, suppressed: false };
    expect(readingText({ ...bare, value: 432, bound: 'at-least' }, fr)).toBe('≥ 432');
    expect(readingText({ ...bare, value: 20, bound: 'approx' }, fr)).toBe('≈ 20');
    expect(readingText({ ...bare, value: undefined, bound: 'below', limit: 3 }, fr)).toBe('< 3');
    expect(readingText({ ...bare, value: undefined, bound: 'exact' }, fr)).toBe('—');
  });

  it("says '2022-H1' the same on every surface", () => {
    expect(formatterFor('fr', 'fr-MA').period('2022-H1')).toBe('1er semestre 2022');
    expect(formatterFor('fr', 'fr-MA').period('2022-H1', true)).toBe('S1 2022');
    expect(formatterFor('en', 'en-GB').period('2022-Q3')).toBe('Q3 2022');
    expect(formatterFor('ar', 'ar-MA').period('2022-H1')).toBe('النصف الأول من 2022');
  });
});
