import type { Indicator, Lang } from '../schema/types.js';
import type { CalendarDate } from '../periods/calendar-date.js';
import { parsePeriod } from '../periods/period.js';
import { readingOf } from '../compute/reading.js';
import type { Aggregate, Reading, Span } from '../compute/results.js';
import type { MonthValue } from '../footfall/month-value.js';
import { longDateFormat, utc } from './long-date.js';
import { wordsFor, type PluralForms, type Words } from './words.js';

/**
 * Numbers, dates, periods and readings written for one reader's language and locale, via
 * Intl: one set per language and locale, shared by every surface.
 */
export interface Formatter {
  readonly lang: Lang;
  readonly locale: string;
  readonly words: Words;
  /** A count or a plain number (at most one decimal); the unknown mark when undefined. */
  number(value: number | undefined): string;
  percent(value: number | undefined): string;
  /** A value in its indicator's kind: a count, a percentage or an amount of money. */
  value(
    value: number | undefined,
    indicator?: Pick<Indicator, 'kind' | 'currency'>,
    currency?: string,
  ): string;
  date(date: CalendarDate): string;
  /** A short month label for chart axes: 'juil.' / 'يوليوز'. */
  month(period: string): string;
  /** '1er semestre 2022', 'mai 2021 – août 2024'; `short` for chart axes ('S1 2022'). */
  period(period: string, short?: boolean): string;
  /** The periods a figure covers: one period, or 'mai 2021 – août 2024'. */
  span(span: Span): string;
  /** A count and its noun in the right plural form: '1 personne', '3 059 personnes'. */
  count(n: number, forms: PluralForms): string;
  /** The plural category of a count in this locale (Intl.PluralRules), for agreements. */
  plural(n: number): Intl.LDMLPluralRule;
  /** 'A, B et C' / 'A, B and C' / 'A وB وC': names joined as the language does. */
  list(items: readonly string[]): string;
  /** A catalogue word that starts a label or a cell: 'en retard' → 'En retard'. */
  label(text: string): string;
  /** The name of a language in the reader's: 'en' → 'anglais' / 'الإنجليزية' / 'English'. */
  language(tag: string): string;
}

/** Formatters already made, per language and locale. */
const made = new Map<string, Formatter>();

/** The formatter for a language and locale, made once and shared. */
export function formatterFor(lang: Lang, locale: string): Formatter {
  const key = `${lang}|${locale}`;
  let fmt = made.get(key);
  if (!fmt) {
    fmt = createFormatter(lang, locale);
    made.set(key, fmt);
  }
  return fmt;
}

/**
 * A value made on first use, then kept. The first Intl object of a page costs 15–30 ms
 * (ICU's number or date data), each further one about 1–5 ms, and a chart's first draw
 * needs only a few of them: the others are made when something says a list or a language.
 */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * A text function that says each input once: a page's charts write the same few dozen
 * months, periods and source languages thousands of times (a hundred footfall charts: 40
 * months each, on the axis and in the table), and Intl's formatting is the slow part.
 */
function remembered<K>(say: (key: K) => string): (key: K) => string {
  const said = new Map<K, string>();
  return (key) => {
    let text = said.get(key);
    if (text === undefined) {
      text = say(key);
      said.set(key, text);
    }
    return text;
  };
}

export function createFormatter(lang: Lang, locale: string): Formatter {
  const words = wordsFor(lang);
  const integer = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const plain = lazy(() => new Intl.NumberFormat(locale, { useGrouping: false }));
  const percent = lazy(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  );
  const plurals = lazy(() => new Intl.PluralRules(locale));
  // Every date is a calendar date: format it in UTC so it never shifts by a day.
  const longDate = lazy(() => longDateFormat(locale));
  const monthYear = lazy(
    () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const shortMonth = lazy(
    () => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
  );
  const conjunction = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const languages = lazy(
    () => new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' }),
  );
  const money = new Map<string, Intl.NumberFormat>();
  const currencyFormat = (code: string) => {
    let f = money.get(code);
    if (!f) {
      f = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: code,
        maximumFractionDigits: 0,
      });
      money.set(code, f);
    }
    return f;
  };
  const single = (text: string, short: boolean): string => {
    const p = parsePeriod(text);
    if (!p) return text;
    const year = plain().format(Number(p.start.slice(0, 4)));
    switch (p.granularity) {
      case 'year':
        return year;
      case 'half':
        return words.half(Number(text.slice(6)), year, short);
      case 'quarter':
        return words.quarter(Number(text.slice(6)), year, short);
      case 'month':
        return monthYear().format(utc(p.start));
      default:
        return longDate()(p.start);
    }
  };
  const periodText = (text: string, short: boolean): string => {
    const slash = text.indexOf('/');
    return slash < 0
      ? single(text, short)
      : `${single(text.slice(0, slash), short)} – ${single(text.slice(slash + 1), short)}`;
  };
  const period = remembered((key: string) => periodText(key.slice(1), key[0] === 's'));
  const month = remembered((text: string) => {
    const p = parsePeriod(text);
    return p ? shortMonth().format(utc(p.start)) : text;
  });
  const date = remembered((d: CalendarDate) => longDate()(d));
  const language = remembered((tag: string) => {
    try {
      return languages().of(tag) ?? tag;
    } catch {
      return tag;
    }
  });

  return {
    lang,
    locale,
    words,
    number: (v) => (v === undefined ? words.unknown : integer().format(v)),
    percent: (v) => (v === undefined ? words.unknown : percent().format(v)),
    value(v, indicator, currency) {
      if (v === undefined) return words.unknown;
      if (indicator?.kind === 'ratio') return percent().format(v);
      const code = currency ?? indicator?.currency;
      if (indicator?.kind === 'currency' && code) return currencyFormat(code).format(v);
      return integer().format(v);
    },
    date,
    month,
    period: (text, short = false) => period(`${short ? 's' : 'l'}${text}`),
    span: (s) =>
      s.start === s.end
        ? period(`l${s.start}`)
        : `${period(`l${s.start}`)} – ${period(`l${s.end}`)}`,
    plural: (n) => plurals().select(n),
    count: (n, forms) => `${integer().format(n)} ${forms[plurals().select(n)] ?? forms.other}`,
    list: (items) => conjunction().format(items),
    label: (text) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1),
    language,
  };
}

/** How a monthly count must be read: '≥ 120' (a part withheld), '< 5' (all withheld). */
export function monthReading(v: MonthValue): Pick<Reading, 'value' | 'bound' | 'limit'> {
  if (v.value !== undefined) return { value: v.value, bound: v.suppressed ? 'at-least' : 'exact' };
  return v.below !== undefined
    ? { value: undefined, bound: 'below', limit: v.below }
    : { value: undefined, bound: 'exact' };
}

/** The words of a reading's value alone: '≈ 20', '≥ 80', '< 3', '—'. */
export function boundText(
  r: Pick<Reading, 'value' | 'bound' | 'limit'>,
  fmt: Formatter,
  indicator?: Pick<Indicator, 'kind' | 'currency'>,
  currency?: string,
): string {
  if (r.value === undefined) {
    return r.bound === 'below' && r.limit !== undefined
      ? fmt.words.bound.below(fmt.value(r.limit, indicator, currency))
      : fmt.words.unknown;
  }
  const text = fmt.value(r.value, indicator, currency);
  return r.bound === 'exact' || r.bound === 'below' ? text : fmt.words.bound[r.bound](text);
}

/**
 * A computed figure's value as a reader must read it: '≈ 20' when a source said "about",
 * '≥ 80' for "more than" or when a part was withheld (the sum is then a lower bound).
 */
export function valueText(
  a: Pick<Aggregate, 'value' | 'qualifier' | 'suppressed' | 'currency'>,
  fmt: Formatter,
  indicator?: Pick<Indicator, 'kind' | 'currency'>,
): string {
  return boundText(readingOf({ ...a, sources: [], synthetic: false }), fmt, indicator, a.currency);
}

/**
 * A reading as every surface says it: its value with its bound and, when the figure adds up
 * several periods, the span it covers — '3 059, mai 2021 – août 2024', never a sum that
 * reads as one month.
 */
export function readingText(
  r: Reading,
  fmt: Formatter,
  indicator?: Pick<Indicator, 'kind' | 'currency'>,
  currency?: string,
): string {
  const value = boundText(r, fmt, indicator, currency);
  return r.span && r.value !== undefined ? fmt.words.over(value, fmt.span(r.span)) : value;
}
