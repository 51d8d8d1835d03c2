import type { Lang, Text } from './schema/types.js';

const FALLBACK: Record<Lang, readonly Lang[]> = {
  fr: ['fr', 'en', 'ar'],
  ar: ['ar', 'fr', 'en'],
  en: ['en', 'fr', 'ar'],
};

/** The text in `lang`, else in the next language a reader of `lang` is likely to read. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (!text) return '';
  for (const l of FALLBACK[lang]) {
    const value = text[l];
    if (value !== undefined && value !== '') return value;
  }
  return '';
}

/** Which language `localize` would actually use, for the `lang` attribute of the text. */
export function localizedLang(text: Text | undefined, lang: Lang): Lang {
  if (!text) return lang;
  return FALLBACK[lang].find((l) => text[l] !== undefined && text[l] !== '') ?? lang;
}
