import type { Dimension, FlagCode } from '../compute/results.js';
import type { Lang } from '../schema/types.js';
import { ar } from './flag-phrases-ar.js';
import { en } from './flag-phrases-en.js';
import { fr } from './flag-phrases-fr.js';

/**
 * The words of the data-quality flag sentences in one language, shared by the dashboard and
 * the `prim` command. `what` names the indicator, activity, period and place of the flag.
 */
export interface FlagPhrases {
  /** A short name per flag code, for headings and table cells. */
  readonly codes: Readonly<Record<FlagCode, string>>;
  readonly join: (parts: readonly string[]) => string;
  readonly wholeProgramme: string;
  readonly between: (low: string, high: string) => string;
  readonly splitBy: Readonly<Record<Dimension, string>>;
  readonly incompleteDisaggregation: (
    what: string,
    parts: string,
    total: string,
    by?: string,
  ) => string;
  readonly missingSex: (what: string, total?: string) => string;
  readonly afterFeedDate: (what: string, date: string) => string;
  readonly beforeProgramme: (what: string, date: string) => string;
  readonly afterProgramme: (what: string, date: string) => string;
  readonly conflictingSources: (what: string, values: string) => string;
  readonly stale: (what: string, days: string, asOf: string, limit: string) => string;
}

const CATALOGUE: Readonly<Record<Lang, FlagPhrases>> = { fr, ar, en };

/** The flag phrases of a language. */
export function flagPhrases(lang: Lang): FlagPhrases {
  return CATALOGUE[lang];
}
