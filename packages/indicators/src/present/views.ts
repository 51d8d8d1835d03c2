import type { ParitySummary } from '../compute/parity-summary.js';
import type { Progress, Reading } from '../compute/results.js';
import type { Indicator } from '../schema/types.js';
import { localize } from '../text.js';
import { boundText, type Formatter } from './formatter.js';
import { ratioText } from './locale.js';
import { parityWordsFor } from './parity-words.js';
import { statusWordsFor } from './status-words.js';

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
  const words = parityWordsFor(fmt.lang);
  return {
    value: ratioText(fmt.number(s.meets), fmt.number(s.known), fmt.lang),
    headline: words.parityHeadline(fmt.count(s.meets, words.activities), fmt.number(s.known)),
    ...(s.unknown > 0 ? { unknown: words.withoutSex(fmt.number(s.unknown)) } : {}),
    status: words.parityStatus[s.status],
  };
}

/** An indicator's headline as every surface shows it (widget card, dashboard, SSR, CLI). */
export interface IndicatorCardView {
  /** '≥ 410', '≈ 37 %', '3.059', '—'. */
  readonly value: string;
  /** The periods the value covers: 'mai 2021 – août 2024' for a sum, 'mai 2024' for a stock. */
  readonly span?: string;
  /** The status word, as the catalogue writes it inside a sentence. */
  readonly status: string;
  readonly completion?: string;
}

export function indicatorCard(
  p: Pick<Progress, 'status' | 'completion'> & { readonly reading: Reading },
  fmt: Formatter,
  indicator?: Pick<Indicator, 'kind' | 'currency'>,
  currency?: string,
): IndicatorCardView {
  const { reading } = p;
  return {
    value: boundText(reading, fmt, indicator, currency),
    ...(reading.span && reading.value !== undefined ? { span: fmt.span(reading.span) } : {}),
    status: statusWordsFor(fmt.lang)[p.status],
    ...(p.completion !== undefined ? { completion: fmt.percent(p.completion) } : {}),
  };
}

/** One indicator's progress as every surface writes it. */
export interface ProgressRowView extends IndicatorCardView {
  readonly indicator: Indicator;
  readonly progress: Progress;
  readonly name: string;
  /** The count's unit ('projets'), empty for ratios and amounts. */
  readonly unit: string;
  readonly target: string;
  /** The expected value by the date, in whole units for a count (94 projects, not 93.7). */
  readonly expected: string;
  /** '60 / 100 projets · En retard', kept in order in Arabic. */
  readonly caption: string;
}

/** One indicator's progress, already computed (by the model or published), as written. */
export function progressRow(ind: Indicator, p: Progress, fmt: Formatter): ProgressRowView {
  const said = indicatorCard(p, fmt, ind);
  const unit = ind.kind === 'count' ? localize(ind.unit, fmt.lang) : '';
  const target = fmt.value(p.target, ind);
  const expected =
    p.expected !== undefined && ind.kind === 'count' ? Math.round(p.expected) : p.expected;
  return {
    ...said,
    indicator: ind,
    progress: p,
    name: localize(ind.name, fmt.lang),
    unit,
    target,
    expected: fmt.value(expected, ind),
    caption: `${ratioText(said.value, target, fmt.lang)}${unit ? ` ${unit}` : ''} · ${fmt.label(said.status)}`,
  };
}
