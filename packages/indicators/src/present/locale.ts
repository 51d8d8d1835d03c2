import type { Feed, Lang } from '../schema/types.js';

export type Direction = 'ltr' | 'rtl';

/**
 * Moroccan locales: ar-MA writes Latin digits and Moroccan month names (يوليوز); English
 * is en-GB, whose '13 December 2024' and 24-hour clock read as the French and Arabic do.
 */
export const DEFAULT_LOCALES: Readonly<Record<Lang, string>> = {
  fr: 'fr-MA',
  ar: 'ar-MA',
  en: 'en-GB',
};

/** The interface language for a BCP 47 tag: 'ar-MA' → 'ar'; anything unsupported → undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'ar' || base === 'en' ? base : undefined;
}

export function directionOf(lang: Lang): Direction {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** Left-to-right isolate (U+2066 … U+2069, invisible): keeps 'a / b' or Latin text in order. */
export const isolateLtr = (text: string): string => `\u2066${text}\u2069`;

/** First-strong isolate (U+2068 … U+2069): a run of any direction kept whole in a line. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * 'a / b' ('1 / 3', '27 / 100') read left to right in every language. In a right-to-left
 * line the spaced slash lets the two numbers swap places ('0 / 2' shown as '2 / 0'), so
 * there the pair is isolated as left-to-right text.
 */
export function ratioText(part: string, whole: string, lang: Lang): string {
  const text = `${part} / ${whole}`;
  return directionOf(lang) === 'rtl' ? isolateLtr(text) : text;
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The Intl locale: an explicit choice, else the feed's `locales`, else the default above. */
export function localeFor(lang: Lang, attribute?: string | null, feed?: Feed): string {
  for (const candidate of [attribute, feed?.locales?.[lang]]) {
    if (candidate && isValidLocale(candidate)) return candidate;
  }
  return DEFAULT_LOCALES[lang];
}
