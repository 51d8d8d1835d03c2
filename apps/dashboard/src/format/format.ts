import { localize, type Feed, type Lang, type Text } from '@prim/indicators';
import { formatterFor, localeFor, type Formatter, type Words } from '@prim/indicators/present';

/**
 * The dashboard's way to write numbers, shares, dates, periods and names: the shared
 * formatter of @prim/indicators/present (so a card says what the widget and the CLI say),
 * with undefined accepted everywhere and written as the catalogue's unknown mark.
 */
export interface Format {
  readonly lang: Lang;
  readonly locale: string;
  /** The shared formatter and its words, for readings, statuses and plurals. */
  readonly fmt: Formatter;
  readonly words: Words;
  num(value: number | undefined, digits?: number): string;
  pct(value: number | undefined): string;
  /** An amount in its own currency ('1 107 000 MAD'); amounts are never converted. */
  money(value: number | undefined, currency: string): string;
  date(date: string | undefined): string;
  period(period: string | undefined): string;
  text(text: Text | undefined): string;
}

export function formatFor(lang: Lang, feed?: Feed): Format {
  const fmt = formatterFor(lang, localeFor(lang, undefined, feed));
  const unknown = fmt.words.unknown;
  return {
    lang,
    locale: fmt.locale,
    fmt,
    words: fmt.words,
    num: (v, digits) =>
      v === undefined || digits === undefined
        ? fmt.number(v)
        : new Intl.NumberFormat(fmt.locale, { maximumFractionDigits: digits }).format(v),
    pct: (v) => fmt.percent(v),
    money: (v, currency) => fmt.value(v, { kind: 'currency' }, currency),
    date: (d) => (d ? fmt.date(d) : unknown),
    period: (p) => (p ? fmt.period(p) : unknown),
    text: (t) => localize(t, lang),
  };
}
