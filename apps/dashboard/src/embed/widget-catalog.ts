/** The widgets the builder and embed.html offer, and the attributes each one takes. */
import {
  BASE_PART,
  FOOTFALL_INDICATOR,
  FUND_INDICATORS,
  TABLE_PART,
  footfallViewsPart,
  type Feed,
} from '@prim/indicators';

export const COMMON_ATTRIBUTES = ['lang', 'theme', 'as-of', 'region', 'commune'] as const;

export interface WidgetSpec {
  readonly tag: string;
  /** The element's own attribute, when it has one ('indicator' or 'indicators'). */
  readonly indicatorAttribute?: 'indicator' | 'indicators';
  /** A sensible first value for that attribute. */
  readonly defaultIndicator?: string;
  /** The indicators it reads, for the inline-data snippet; undefined: the whole feed. */
  readonly reads?: (feed: Feed, indicatorValue: string) => string[];
  /** Element-specific attributes with a closed set of values (first: the element's default). */
  readonly options?: readonly WidgetOption[];
  /**
   * The part of the published views the element downloads first (its `viewsPart`), for the
   * snippet's preload hints; null: the whole views file. Unset: the base part.
   */
  readonly viewsPart?: (attr: (name: string) => string) => string | null;
}

export interface WidgetOption {
  readonly name: string;
  readonly values: readonly string[];
}

const named = (_feed: Feed, value: string) => value.split(/\s+/).filter(Boolean);
const withTargets = (feed: Feed, value: string) =>
  value.trim() ? named(feed, value) : feed.indicators.filter((i) => i.target).map((i) => i.id);

export const WIDGETS: readonly WidgetSpec[] = [
  {
    tag: 'prim-indicator',
    indicatorAttribute: 'indicator',
    defaultIndicator: 'fund-completion',
    reads: named,
  },
  {
    tag: 'prim-progress',
    indicatorAttribute: 'indicators',
    defaultIndicator: 'fund-completion baom-coverage',
    reads: withTargets,
  },
  {
    tag: 'prim-parity',
    reads: (feed) => feed.indicators.filter((i) => i.parity).map((i) => i.id),
  },
  {
    tag: 'prim-footfall',
    reads: () => [FOOTFALL_INDICATOR],
    options: [
      { name: 'by', values: ['profile', 'sex', 'commune', 'none'] },
      { name: 'layout', values: ['stacked', 'small-multiples'] },
    ],
    viewsPart: (attr) =>
      footfallViewsPart(attr('by') || 'profile', attr('layout') || 'stacked') ?? null,
  },
  { tag: 'prim-funnel', reads: () => Object.values(FUND_INDICATORS) },
  {
    tag: 'prim-table',
    indicatorAttribute: 'indicator',
    defaultIndicator: 'fund-completion',
    reads: named,
    viewsPart: () => TABLE_PART,
  },
  { tag: 'prim-dashboard', viewsPart: () => null },
];

/** The views part a widget reads first for these attribute values (null: the whole file). */
export function viewsPartOf(spec: WidgetSpec, attr: (name: string) => string): string | null {
  return spec.viewsPart ? spec.viewsPart(attr) : BASE_PART;
}

/** Only widgets whose element this page actually defines are offered. */
export function availableWidgets(): WidgetSpec[] {
  return WIDGETS.filter((w) => customElements.get(w.tag) !== undefined);
}

/** The widget's name without the element prefix: `indicator` for `prim-indicator`. */
export const shortName = (tag: string): string => tag.replace(/^prim-/, '');

export function widgetSpec(tag: string | null | undefined): WidgetSpec | undefined {
  return WIDGETS.find((w) => w.tag === tag);
}

/** Every attribute a widget accepts, in snippet order. */
export function attributesOf(spec: WidgetSpec): string[] {
  return [
    ...(spec.indicatorAttribute ? [spec.indicatorAttribute] : []),
    ...(spec.options ?? []).map((o) => o.name),
    ...COMMON_ATTRIBUTES,
  ];
}
