import { localize, type Feed, type Lang, type Text } from '@prim/indicators';
import { longDateFormat } from '@prim/widgets';

/** Moroccan locales by default (ar-MA writes Latin digits); a feed may override them. */
const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

/** '2022-Q4' and '2022-H1' in words: Intl has no format for quarters and halves. */
const ORDINAL_AR = ['الأول', 'الثاني', 'الثالث', 'الرابع'];
const PART_OF_YEAR: Readonly<
  Record<Lang, Record<'half' | 'quarter', (n: number, year: string) => string>>
> = {
  fr: {
    half: (n, y) => `${n === 1 ? '1er' : `${n}e`} semestre ${y}`,
    quarter: (n, y) => `${n === 1 ? '1er' : `${n}e`} trimestre ${y}`,
  },
  ar: {
    half: (n, y) => `النصف ${ORDINAL_AR[n - 1] ?? n} من ${y}`,
    quarter: (n, y) => `الربع ${ORDINAL_AR[n - 1] ?? n} من ${y}`,
  },
  en: { half: (n, y) => `H${n} ${y}`, quarter: (n, y) => `Q${n} ${y}` },
};

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
  const day = longDateFormat(locale);
  const month = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // Calendar dates are read at UTC noon so that no time zone shifts them by a day.
  const utc = (date: string) => new Date(`${date}T12:00:00Z`);
  const onePeriod = (p: string) => {
    if (/^\d{4}-\d{2}$/.test(p)) return month.format(utc(`${p}-01`));
    if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return day(p);
    const part = /^(\d{4})-([HQ])([1-4])$/.exec(p);
    if (part) {
      const [, year = '', kind, n] = part;
      return PART_OF_YEAR[lang][kind === 'H' ? 'half' : 'quarter'](Number(n), year);
    }
    return p; // a year reads the same in every language
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
    date: (d) => (d ? day(d) : UNKNOWN),
    period: (p) => (p ? p.split('/').map(onePeriod).join(' – ') : UNKNOWN),
    text: (t) => localize(t, lang),
  };
}
