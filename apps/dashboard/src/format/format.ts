import { localize, type Feed, type Lang, type Text } from '@prim/indicators';

/** Moroccan locales by default (ar-MA writes Latin digits); a feed may override them. */
const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

/** Formats numbers, shares, dates and names in the reader's language. Unknown is '—'. */
export interface Format {
  readonly lang: Lang;
  readonly locale: string;
  num(value: number | undefined, digits?: number): string;
  pct(value: number | undefined): string;
  /** An amount in its own currency ('1 107 000 MAD'); amounts are never converted. */
  money(value: number | undefined, currency: string): string;
  date(date: string | undefined): string;
  period(period: string | undefined): string;
  text(text: Text | undefined): string;
}

export const UNKNOWN = '—';

export function formatFor(lang: Lang, feed?: Feed): Format {
  const locale = feed?.locales?.[lang] ?? LOCALES[lang];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // Calendar dates are read at UTC noon so that no time zone shifts them by a day.
  const utc = (date: string) => new Date(`${date}T12:00:00Z`);
  const onePeriod = (p: string) => {
    if (/^\d{4}-\d{2}$/.test(p)) return month.format(utc(`${p}-01`));
    if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return day.format(utc(p));
    return p; // 2022, 2022-H1 and 2022-Q3 read the same in every language
  };
  return {
    lang,
    locale,
    num: (v, digits) =>
      v === undefined
        ? UNKNOWN
        : digits === undefined
          ? number.format(v)
          : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(v),
    pct: (v) => (v === undefined ? UNKNOWN : percent.format(v)),
    money: (v, currency) =>
      v === undefined
        ? UNKNOWN
        : new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            maximumFractionDigits: 0,
          }).format(v),
    date: (d) => (d ? day.format(utc(d)) : UNKNOWN),
    period: (p) => (p ? p.split('/').map(onePeriod).join(' – ') : UNKNOWN),
    text: (t) => localize(t, lang),
  };
}
