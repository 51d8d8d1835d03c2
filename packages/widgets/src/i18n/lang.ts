import type { Feed, Lang } from '@prim/indicators';

export type Direction = 'ltr' | 'rtl';

/** Moroccan locales: ar-MA writes Latin digits and Moroccan month names (يوليوز). */
const DEFAULT_LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en' };

/** The interface language for a BCP 47 tag: 'ar-MA' → 'ar'; anything unsupported → French. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'ar' || base === 'en' ? base : undefined;
}

/**
 * The language of an element: its own `lang`, else the closest ancestor's (crossing shadow
 * roots, so a widget inside another widget follows it), else French.
 */
export function langOf(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang');
      if (lang) return toLang(lang) ?? 'fr';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'fr';
}

export function directionOf(lang: Lang): Direction {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * 'a / b' ('1 / 3', '27 / 100') read left to right in every language. In a right-to-left
 * line the spaced slash lets the two numbers swap places ('0 / 2' shown as '2 / 0'), so
 * there the pair is isolated as left-to-right text (U+2066 … U+2069, invisible).
 */
export function ratioText(part: string, whole: string, lang: Lang): string {
  const text = `${part} / ${whole}`;
  return directionOf(lang) === 'rtl' ? `\u2066${text}\u2069` : text;
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The Intl locale: the `locale` attribute, else the feed's `locales`, else the Moroccan default. */
export function localeFor(lang: Lang, attribute?: string | null, feed?: Feed): string {
  for (const candidate of [attribute, feed?.locales?.[lang]]) {
    if (candidate && isValidLocale(candidate)) return candidate;
  }
  return DEFAULT_LOCALES[lang];
}
