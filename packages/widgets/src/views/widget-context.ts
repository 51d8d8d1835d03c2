import {
  isCalendarDate,
  type ComputeOptions,
  type Feed,
  type Filter,
  type Lang,
} from '@prim/indicators';
import { directionOf, formatterFor, localeFor } from '@prim/indicators/present';
import type { FeedReader } from '../data/feed-reader.js';
import { LoadError } from '../data/load-error.js';
import { messages } from '../i18n/catalogue.js';
import type { WidgetContext } from './widget-view.js';

/** The attributes every widget shares that change what it computes and how it writes it. */
export interface WidgetSettings {
  /** Compute as of this date (YYYY-MM-DD) instead of the feed's `asOf`. */
  readonly asOf?: string;
  readonly region?: string;
  readonly commune?: string;
  /** Intl locale for numbers and dates; default fr-MA, ar-MA or en. */
  readonly locale?: string;
}

/**
 * Language, direction, messages, formatter and compute options for a feed: the same for an
 * element on a page and for the static SVG renderer. A malformed `asOf` is a LoadError.
 */
export function widgetContext(
  feed: Feed,
  read: FeedReader,
  lang: Lang,
  width: number,
  settings: WidgetSettings,
): WidgetContext {
  const { asOf, region, commune, locale } = settings;
  if (asOf && !isCalendarDate(asOf)) {
    throw new LoadError('option', `as-of="${asOf}" (YYYY-MM-DD)`);
  }
  const filter: Filter = {
    ...(region ? { region } : {}),
    ...(commune ? { commune } : {}),
  };
  const options: ComputeOptions = { ...(asOf ? { asOf } : {}), filter };
  return {
    feed,
    read,
    options,
    lang,
    dir: directionOf(lang),
    msgs: messages(lang),
    fmt: formatterFor(lang, localeFor(lang, locale, feed)),
    width,
  };
}
