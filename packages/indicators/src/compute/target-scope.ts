import type { Indicator } from '../schema/types.js';
import type { Filter } from './results.js';

/**
 * A target speaks only for the place it was set for: the whole programme, or one region
 * (`target.region`). A region's 27 projects are not 27% of the programme's 100-project
 * objective. Returns the filter to compute the actual with, and whether the target applies
 * to it: a region-scoped target narrows an unfiltered view to its region; any narrower
 * breakdown (commune, sex, profile, activity, call) has no target of its own.
 */
export function targetScope(
  indicator: Indicator,
  filter: Filter | undefined,
): { readonly applies: boolean; readonly filter: Filter | undefined } {
  if (!indicator.target) return { applies: false, filter };
  const f = filter ?? {};
  const narrower = [f.commune, f.sex, f.profile, f.activity, f.call].some((v) => v !== undefined);
  const region = indicator.target.region;
  if (narrower) return { applies: false, filter };
  if (region === undefined) return { applies: f.region === undefined, filter };
  if (f.region === undefined) return { applies: true, filter: { ...f, region } };
  return { applies: f.region === region, filter };
}
