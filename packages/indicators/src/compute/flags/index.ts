import type { Feed } from '../../schema/types.js';
import type { ComputeOptions, Flag } from '../results.js';
import { conflictingSources } from './conflicting-sources.js';
import { incompleteDisaggregation } from './incomplete-disaggregation.js';
import { missingSex } from './missing-sex.js';
import { outOfRangeDate } from './out-of-range-date.js';
import { stale } from './stale.js';

/** Every data-quality finding, grouped by code in this order. */
export function qualityFlags(feed: Feed, options?: ComputeOptions): Flag[] {
  return [
    ...incompleteDisaggregation(feed, options),
    ...missingSex(feed, options),
    ...outOfRangeDate(feed, options),
    ...conflictingSources(feed, options),
    ...stale(feed, options),
  ];
}
