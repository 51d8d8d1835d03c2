import { parsePeriod, type CalendarDate, type Indicator, type Lang } from '@prim/indicators';
import { longDateFormat, utc } from './long-date.js';
import type { Messages } from './messages.js';

/** Numbers, dates and periods written for one reader's language and locale, via Intl. */
export interface Formatter {
  readonly lang: Lang;
  readonly locale: string;
  number(value: number): string;
  percent(value: number): string;
  /** A value in its indicator's kind: a count, a percentage or an amount of money. */
  value(
    value: number | undefined,
    indicator?: Pick<Indicator, 'kind' | 'currency'>,
    currency?: string,
  ): string;
  date(date: CalendarDate): string;
  /** A short month label for chart axes: 'juil.' / 'يوليوز'. */
  month(period: string): string;
  period(period: string): string;
  /** 'A, B et C' / 'A, B and C' / 'A وB وC': names joined as the language does. */
  list(items: readonly string[]): string;
}

/** Formatters already made, per catalogue and locale: each Intl constructor costs ~1 ms. */
const made = new WeakMap<Messages, Map<string, Formatter>>();

/** The formatter for a language and locale, made once and shared by every widget. */
export function formatterFor(lang: Lang, locale: string, msgs: Messages): Formatter {
  let byLocale = made.get(msgs);
  if (!byLocale) {
    byLocale = new Map();
    made.set(msgs, byLocale);
  }
  const key = `${lang}|${locale}`;
  let fmt = byLocale.get(key);
  if (!fmt) {
    fmt = createFormatter(lang, locale, msgs);
    byLocale.set(key, fmt);
  }
  return fmt;
}

export function createFormatter(lang: Lang, locale: string, msgs: Messages): Formatter {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  // Every date is a calendar date: format it in UTC so it never shifts by a day.
  const longDate = longDateFormat(locale);
  const monthYear = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const conjunction = new Intl.ListFormat(locale, { type: 'conjunction' });
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
  const single = (text: string): string => {
    const p = parsePeriod(text);
    if (!p) return text;
    const year = plain.format(Number(p.start.slice(0, 4)));
    switch (p.granularity) {
      case 'year':
        return year;
      case 'half':
        return msgs.half(Number(text.slice(6)), year);
      case 'quarter':
        return msgs.quarter(Number(text.slice(6)), year);
      case 'month':
        return monthYear.format(utc(p.start));
      default:
        return longDate(p.start);
    }
  };

  return {
    lang,
    locale,
    number: (v) => integer.format(v),
    percent: (v) => percent.format(v),
    value(v, indicator, currency) {
      if (v === undefined) return '–';
      if (indicator?.kind === 'ratio') return percent.format(v);
      const code = currency ?? indicator?.currency;
      if (indicator?.kind === 'currency' && code) return currencyFormat(code).format(v);
      return integer.format(v);
    },
    date: (d) => longDate(d),
    month: (text) => {
      const p = parsePeriod(text);
      return p ? shortMonth.format(utc(p.start)) : text;
    },
    period(text) {
      const slash = text.indexOf('/');
      return slash < 0
        ? single(text)
        : `${single(text.slice(0, slash))} – ${single(text.slice(slash + 1))}`;
    },
    list: (items) => conjunction.format(items),
  };
}
