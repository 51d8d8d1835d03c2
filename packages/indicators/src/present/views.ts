import type { ParitySummary } from '../compute/parity-summary.js';
import type { Formatter } from './formatter.js';
import { ratioText } from './locale.js';

/** The parity summary as every surface says it: a big 'a / b', a headline, a caveat. */
export interface ParitySummaryView {
  /** '1 / 3', kept left to right in Arabic. */
  readonly value: string;
  /** '1 activité sur 3 à la parité'. */
  readonly headline: string;
  /** '1 sans ventilation par sexe', when some activities have no breakdown by sex. */
  readonly unknown?: string;
  readonly status: string;
}

export function paritySummaryView(s: ParitySummary, fmt: Formatter): ParitySummaryView {
  return {
    value: ratioText(fmt.number(s.meets), fmt.number(s.known), fmt.lang),
    headline: fmt.words.parityHeadline(
      fmt.count(s.meets, fmt.words.activities),
      fmt.number(s.known),
    ),
    ...(s.unknown > 0 ? { unknown: fmt.words.withoutSex(fmt.number(s.unknown)) } : {}),
    status: fmt.words.parityStatus[s.status],
  };
}
