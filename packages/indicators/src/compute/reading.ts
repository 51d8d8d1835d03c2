import type { Aggregate, Reading, Span } from './results.js';

/**
 * The span from the first of some periods to the last: a range period 'A/B' gives its 'A'
 * as a start and its 'B' as an end, so that a span never reads as three dates.
 */
export function spanOf(first: string, last: string): Span {
  const start = first.split('/')[0] ?? first;
  const end = last.split('/').at(-1) ?? last;
  return { start, end };
}

/**
 * A figure as a reader must read it. `limit` is the sum of the bounds of withheld counts
 * (`withheldByPeriod`): with no value known, the figure is then below it, never 0.
 */
export function readingOf(
  a: Pick<Aggregate, 'value' | 'span' | 'sources' | 'synthetic' | 'suppressed' | 'qualifier'>,
  limit?: number,
): Reading {
  const base = {
    value: a.value,
    ...(a.span ? { span: a.span } : {}),
    sources: a.sources,
    synthetic: a.synthetic,
    suppressed: a.suppressed,
  };
  if (a.value === undefined) {
    return limit !== undefined && limit > 0
      ? { ...base, bound: 'below', limit, suppressed: true }
      : { ...base, bound: 'exact' };
  }
  // "about" a lower bound is still only about (as `combine` weighs qualifiers).
  if (a.qualifier === 'approximate') return { ...base, bound: 'approx' };
  if (a.qualifier === 'at-least' || a.suppressed) return { ...base, bound: 'at-least' };
  return { ...base, bound: 'exact' };
}
