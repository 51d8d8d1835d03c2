import { localize, type Feed, type Lang } from '@prim/indicators';
import type { WidgetOption, WidgetSpec } from '../embed/widget-catalog.js';
import type { BuilderMessages } from './builder-messages.js';

/**
 * What the builder's lists offer: [attribute value, what the reader sees]. The value goes
 * to the snippet as is; the text is in the builder's language (fixed values from its
 * catalogue, regions, communes and indicators by their names in the feed).
 */
export type Choices = ReadonlyArray<readonly [value: string, text: string]>;

/** A fixed value in the reader's language; an uncatalogued one is shown as is. */
const valueText = (m: BuilderMessages, attribute: string, value: string) =>
  m.values[attribute]?.[value] ?? value;

export function widgetChoices(m: BuilderMessages, widgets: readonly WidgetSpec[]): Choices {
  return widgets.map((w) => [w.tag, m.widgets[w.tag] ?? w.tag]);
}

/**
 * A closed set of values whose first is the element's default: unset stands for it, so
 * the snippet stays short and the list does not offer the same thing twice.
 */
export function optionChoices(m: BuilderMessages, option: WidgetOption): Choices {
  const [first, ...others] = option.values;
  return [
    ['', m.byDefault(valueText(m, option.name, first ?? ''))],
    ...others.map((v) => [v, valueText(m, option.name, v)] as const),
  ];
}

export function themeChoices(m: BuilderMessages): Choices {
  return optionChoices(m, { name: 'theme', values: ['light', 'dark', 'auto'] });
}

export function langChoices(m: BuilderMessages): Choices {
  const langs: readonly Lang[] = ['fr', 'ar', 'en'];
  return [['', m.pageLanguage], ...langs.map((l) => [l, valueText(m, 'lang', l)] as const)];
}

export function regionChoices(m: BuilderMessages, feed: Feed | undefined, lang: Lang): Choices {
  return [
    ['', m.any],
    ...(feed?.dimensions.region ?? []).map((r) => [r.id, localize(r.name, lang)] as const),
  ];
}

/** The communes of the chosen region only, when there is one. */
export function communeChoices(
  m: BuilderMessages,
  feed: Feed | undefined,
  lang: Lang,
  region: string,
): Choices {
  return [
    ['', m.any],
    ...(feed?.dimensions.commune ?? [])
      .filter((c) => !region || c.region === region)
      .map((c) => [c.id, localize(c.name, lang)] as const),
  ];
}

/**
 * The feed's indicators by name. Chosen ids a loaded feed does not list (a link made with
 * another feed) stay offered under their id rather than vanish.
 */
export function indicatorChoices(
  feed: Feed | undefined,
  lang: Lang,
  chosen: readonly string[],
): Choices {
  const named = (feed?.indicators ?? []).map((i) => [i.id, localize(i.name, lang)] as const);
  const unnamed = !feed ? [] : chosen.filter((id) => !named.some(([v]) => v === id));
  return [...named, ...unnamed.map((id) => [id, id] as const)];
}
