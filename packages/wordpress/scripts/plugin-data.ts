/**
 * The data files the PHP plugin reads, computed from the TypeScript model so that PHP never
 * does M&E arithmetic: the widget catalogue (the closed lists attributes are validated
 * against) and, per indicator and language, the headline sentence of the server-rendered
 * fallback text.
 */
import { localize, parseFeed, progress, type Feed, type Lang } from '@prim/indicators';
import { boundText, createFormatter, localeFor } from '@prim/indicators/present';
import {
  shortName,
  viewsPartOf,
  WIDGETS,
  type WidgetSpec,
} from '../../../apps/dashboard/src/embed/widget-catalog.js';

export const LANGS: readonly Lang[] = ['fr', 'ar', 'en'];
export const THEMES = ['light', 'dark', 'auto'] as const;

export interface CatalogWidget {
  readonly tag: string;
  readonly indicatorAttribute?: 'indicator' | 'indicators';
  readonly defaultIndicator?: string;
  /** Element-specific attributes and their closed lists of values. */
  readonly options: Record<string, readonly string[]>;
  /** Indicators its fallback text names when no indicator attribute says otherwise. */
  readonly reads: readonly string[];
  /**
   * The part of the published views the element reads first, by its options' values joined
   * with '|' in `options` order ('' without options); null: the whole views file. The
   * plugin preloads it beside the feed, as the embed builder's snippet does.
   */
  readonly viewsParts: Record<string, string | null>;
}

export interface Catalog {
  readonly langs: readonly Lang[];
  readonly themes: readonly string[];
  /** By short name: `indicator` for `prim-indicator`. */
  readonly widgets: Record<string, CatalogWidget>;
}

export interface Headline {
  readonly name: string;
  /** 'Name : value unit (period)', in the reader's language. */
  readonly text: string;
}

export interface Headlines {
  readonly asOf: string;
  readonly indicators: Record<string, Record<Lang, Headline>>;
}

export function catalog(feed: Feed): Catalog {
  const widgets: Record<string, CatalogWidget> = {};
  for (const spec of WIDGETS) {
    const reads = spec.reads ? spec.reads(feed, spec.defaultIndicator ?? '') : [];
    widgets[shortName(spec.tag)] = {
      tag: spec.tag,
      ...(spec.indicatorAttribute ? { indicatorAttribute: spec.indicatorAttribute } : {}),
      ...(spec.defaultIndicator ? { defaultIndicator: spec.defaultIndicator } : {}),
      options: Object.fromEntries((spec.options ?? []).map((o) => [o.name, o.values])),
      // The dashboard reads the whole feed: its fallback names the indicators with targets.
      reads: spec.reads ? reads : feed.indicators.filter((i) => i.target).map((i) => i.id),
      viewsParts: viewsParts(spec),
    };
  }
  return { langs: LANGS, themes: THEMES, widgets };
}

/** Every combination of a widget's option values, with the views part it reads for it. */
function viewsParts(spec: WidgetSpec): Record<string, string | null> {
  const options = spec.options ?? [];
  let combinations: string[][] = [[]];
  for (const option of options)
    combinations = combinations.flatMap((c) => option.values.map((v) => [...c, v]));
  return Object.fromEntries(
    combinations.map((values) => {
      const attr = (name: string) => values[options.findIndex((o) => o.name === name)] ?? '';
      return [values.join('|'), viewsPartOf(spec, attr)];
    }),
  );
}

/** A label and its value, punctuated as each language does (French: a space before ':'). */
const SEPARATOR: Record<Lang, string> = { fr: ' : ', ar: ': ', en: ': ' };

export function headlines(feed: Feed): Headlines {
  const indicators: Headlines['indicators'] = {};
  for (const ind of feed.indicators) {
    const byLang = {} as Record<Lang, Headline>;
    for (const lang of LANGS) {
      const fmt = createFormatter(lang, localeFor(lang, undefined, feed));
      const p = progress(feed, ind.id);
      const name = localize(ind.name, lang);
      const unit = ind.kind === 'count' ? localize(ind.unit, lang) : '';
      const value = boundText(p.reading, fmt, ind);
      // A sum names every period it adds up ('mai 2021 – août 2024'), a stock its last.
      const when = p.reading.span ? ` (${fmt.span(p.reading.span)})` : '';
      const text =
        p.actual === undefined
          ? name
          : `${name}${SEPARATOR[lang]}${value}${unit ? ` ${unit}` : ''}${when}`;
      byLang[lang] = { name, text };
    }
    indicators[ind.id] = byLang;
  }
  return { asOf: feed.asOf, indicators };
}

/** The built-in feed, parsed: the build refuses to ship a feed the model rejects. */
export function parseBuiltinFeed(json: string): Feed {
  const result = parseFeed(JSON.parse(json));
  if (!result.ok)
    throw new Error(
      `prim.feed.json is not a valid prim-feed/1 feed: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  return result.feed;
}
