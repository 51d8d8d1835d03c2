import type { Lang } from '@prim/indicators';
import type { Theme } from './globals.js';

/**
 * A story's args: the element's attributes by their HTML names, plus `feed` (set as the
 * property) and `lang` / `theme`, which pin what the toolbar would otherwise choose.
 */
export interface WidgetArgs {
  /** URL of a prim-feed/1 document. */
  src?: string;
  /** A feed object (or JSON text), validated like a fetched one; wins over `src`. */
  feed?: unknown;
  'as-of'?: string;
  region?: string;
  commune?: string;
  locale?: string;
  'heading-level'?: number;
  lang?: Lang;
  theme?: Theme;
  /** Element-specific attributes (indicator, indicators, for, …). */
  [attribute: string]: unknown;
}
