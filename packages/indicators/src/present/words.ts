import type { Lang } from '../schema/types.js';
import type { Bound } from '../compute/results.js';
import { ar } from './words-ar.js';
import { en } from './words-en.js';
import { fr } from './words-fr.js';

/** Plural forms of a word, picked with Intl.PluralRules ('zero', 'two', 'few'… for Arabic). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

/**
 * The one catalogue of words every surface uses for the same things: bounds, periods and
 * the units figures are counted in (the statuses', parity's and the funnel's words are apart:
 * status-words.ts, parity-words.ts, funnel-words.ts). Widgets, the dashboard, the SSR
 * renderer and the CLI all say a reading with these, so it reads the same everywhere.
 * Words are written as they appear inside a sentence; `capitalize` starts a label.
 */
export interface Words {
  /** '1er semestre 2022' (`short`: 'S1 2022', for chart axes). */
  readonly half: (n: number, year: string, short?: boolean) => string;
  readonly quarter: (n: number, year: string, short?: boolean) => string;
  /** A value that is not known: never a 0. */
  readonly unknown: string;
  /** How a bounded value is written: '≈ 20', '≥ 80', '< 3'. */
  readonly bound: Readonly<Record<Exclude<Bound, 'exact'>, (value: string) => string>>;
  /** A figure and the periods it covers: '3 059, mai 2021 – août 2024'. */
  readonly over: (value: string, span: string) => string;
  readonly synthetic: string;
  /** The last stacked series: smaller values together, or counts not broken down. */
  readonly others: string;
  readonly notStated: string;
  readonly people: PluralForms;
  readonly errors: PluralForms;
  readonly warnings: PluralForms;
  readonly flags: PluralForms;
  /** A value nobody reported, said as a word where a mark would be lost ('inconnu'). */
  readonly notKnown: string;
  /** Column headings of the tables behind widgets and pages. */
  readonly column: Readonly<{
    indicator: string;
    period: string;
    value: string;
    region: string;
    commune: string;
    sex: string;
    profile: string;
    activity: string;
    call: string;
    source: string;
    women: string;
    men: string;
    total: string;
    share: string;
    status: string;
    actual: string;
    target: string;
    expected: string;
    completion: string;
    synthetic: string;
    budget: string;
  }>;
  readonly yes: string;
}

const CATALOGUE: Readonly<Record<Lang, Words>> = { fr, ar, en };

export function wordsFor(lang: Lang): Words {
  return CATALOGUE[lang];
}
