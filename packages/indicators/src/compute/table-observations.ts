import { codeUnitOrder } from '../code-unit-order.js';
import { parsePeriod } from '../periods/period.js';
import type { Feed, Observation } from '../schema/types.js';
import type { ComputeOptions } from './results.js';

/**
 * An observation as a table of observations lists it: everything but its indicator (the
 * table's) and its note (not shown), which published views therefore leave out.
 */
export type TableObservation = Omit<Observation, 'indicator' | 'note'>;

/**
 * True when an observation falls within the filters and its period was over by the as-of
 * date (the model's rule: a figure for a period not yet over is not used).
 */
export function selected(feed: Feed, o: Observation, options: ComputeOptions): boolean {
  const { region, commune } = options.filter ?? {};
  if (commune && o.commune !== commune) return false;
  if (region) {
    const communeRegion = feed.dimensions.commune?.find((c) => c.id === o.commune)?.region;
    if ((o.region ?? communeRegion) !== region) return false;
  }
  const asOf = options.asOf ?? feed.asOf;
  const p = parsePeriod(o.period);
  return p !== undefined && p.end <= asOf;
}

/** The observations of one indicator a table lists, by period: selected as the model does. */
export function tableObservations(
  feed: Feed,
  indicator: string,
  options: ComputeOptions,
): Observation[] {
  return feed.observations
    .filter((o) => o.indicator === indicator && selected(feed, o, options))
    .sort((a, b) => codeUnitOrder(a.period, b.period));
}
