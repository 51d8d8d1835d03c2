import type { Lang } from '@prim/indicators';
import type { Words } from '@prim/indicators/present';

/**
 * The UI strings every widget shows, typed so that a language cannot miss one. The strings
 * of one kind of chart are apart (footfall-messages.ts, indicator-messages.ts): an element
 * carries only its own, in three languages.
 */
export interface Messages {
  /** The language of these strings: counts in them follow its plural rules. */
  readonly lang: Lang;
  readonly loading: string;
  readonly errorTitle: string;
  readonly errorNoSource: string;
  readonly errorNetwork: (url: string) => string;
  readonly errorHttp: (statusAndUrl: string) => string;
  readonly errorFeed: string;
  readonly errorOption: (detail: string) => string;
  readonly errorRender: string;
  /** `count` is counted already ('3 erreurs'), in the plural form it takes. */
  readonly moreIssues: (count: string) => string;
  readonly partialNotice: string;
  readonly unknownIndicator: (id: string) => string;
  readonly empty: string;
  readonly synthetic: string;
  readonly asOf: (date: string) => string;
  /** The one stale-data notice of a widget: its items, each from `staleItem`. */
  readonly stale: (items: readonly string[]) => string;
  /** Indicators (already a list) whose latest observation is for one old period. */
  readonly staleItem: (indicators: string, period: string) => string;
  readonly sources: string;
  readonly parityTitle: string;
  readonly parityLine: (threshold: string) => string;
  readonly dataTable: string;
  readonly downloadCsv: string;
  readonly downloadSvg: string;
  readonly downloadPng: string;
  /** A value nobody reported (a stage, a month): never shown as 0. */
  readonly unknown: string;
  readonly column: Words['column'];
}
