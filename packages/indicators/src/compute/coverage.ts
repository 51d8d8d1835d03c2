import type { Feed } from '../schema/types.js';
import { progress } from './progress.js';
import type { ComputeOptions, Progress, SeriesPoint } from './results.js';
import { series } from './series.js';

export const COVERAGE_INDICATOR = 'baom-coverage';

/** BAOM coverage: communes equipped against the objective, with the reported history. */
export function coverage(
  feed: Feed,
  options?: ComputeOptions,
): Progress & { series: readonly SeriesPoint[] } {
  return {
    ...progress(feed, COVERAGE_INDICATOR, options),
    series: series(feed, COVERAGE_INDICATOR, { ...options, by: 'period' }),
  };
}
