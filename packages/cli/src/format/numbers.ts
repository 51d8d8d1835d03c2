import type { OutputLang } from './labels.js';

/** Shown for any number that is unknown: never a misleading 0 or NaN. */
export const UNKNOWN = '—';

/** The Intl locale of each output language, for every number the report prints. */
export const LOCALE: Readonly<Record<OutputLang, string>> = { en: 'en', fr: 'fr' };

/** A count or amount: integers as such, other numbers with at most two decimals. */
export function formatNumber(value: number | undefined, lang: OutputLang): string {
  if (value === undefined || !Number.isFinite(value)) return UNKNOWN;
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A ratio as a percentage with at most one decimal: 0.275 → '27.5%' ('27,5 %' in French). */
export function formatPercent(ratio: number | undefined, lang: OutputLang): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return UNKNOWN;
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}
