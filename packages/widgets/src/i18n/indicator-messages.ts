import type { Lang } from '@prim/indicators';
import { arIndicator } from './messages-ar.js';
import { enIndicator } from './messages-en.js';
import { frIndicator } from './messages-fr.js';

/**
 * The strings of an indicator's reading against its target (`<prim-indicator>`,
 * `<prim-progress>`, the SVG renderer).
 */
export interface IndicatorMessages {
  /** Leads the list of values on which sources disagree, each with its sources. */
  readonly conflicts: string;
  readonly lowerBound: string;
  readonly targetBy: (value: string, date: string) => string;
  readonly expectedByNow: (value: string) => string;
  readonly completion: string;
  readonly period: (period: string) => string;
  readonly progressTitle: string;
  readonly trend: string;
}

const CATALOGUE: Readonly<Record<Lang, IndicatorMessages>> = {
  fr: frIndicator,
  ar: arIndicator,
  en: enIndicator,
};

export function indicatorMessages(lang: Lang): IndicatorMessages {
  return CATALOGUE[lang];
}
