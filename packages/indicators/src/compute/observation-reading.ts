import type { Observation } from '../schema/types.js';
import type { Reading } from './results.js';

/**
 * One observation as written: '< 5' for a withheld small count (never 0), its own "about"
 * or "more than", and a ratio given as numerator and denominator read as their quotient.
 */
export function observationReading(
  o: Pick<Observation, 'suppressed' | 'value' | 'numerator' | 'denominator' | 'qualifier'>,
): Pick<Reading, 'value' | 'bound' | 'limit'> {
  if (o.suppressed) return { value: undefined, bound: 'below', limit: o.suppressed.below };
  const value =
    o.value ??
    (o.numerator !== undefined && o.denominator ? o.numerator / o.denominator : undefined);
  const bound =
    o.qualifier === 'approximate' ? 'approx' : o.qualifier === 'at-least' ? 'at-least' : 'exact';
  return { value, bound };
}
