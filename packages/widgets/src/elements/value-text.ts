import type { Aggregate, Indicator } from '@prim/indicators';
import type { Formatter } from '../i18n/formatter.js';

/**
 * A value as a reader should read it: '≈ 20' when a source said "about", '≥ 80' for "more
 * than" or when a part was withheld (then the sum is a lower bound), '–' when unknown.
 */
export function valueText(
  a: Pick<Aggregate, 'value' | 'qualifier' | 'suppressed' | 'currency'>,
  indicator: Pick<Indicator, 'kind' | 'currency'>,
  fmt: Formatter,
): string {
  const text = fmt.value(a.value, indicator, a.currency);
  if (a.value === undefined) return text;
  if (a.qualifier === 'approximate') return `≈ ${text}`;
  if (a.qualifier === 'at-least' || a.suppressed) return `≥ ${text}`;
  return text;
}
