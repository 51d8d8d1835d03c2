import { progress } from '../compute/progress.js';
import type { ComputeOptions } from '../compute/results.js';
import type { Feed, Indicator } from '../schema/types.js';
import type { Formatter } from './formatter.js';
import { progressRow, type ProgressRowView } from './views.js';

/** The progress of indicators computed by the model, as every surface writes it. */
export function progressRows(
  feed: Feed,
  options: ComputeOptions,
  indicators: readonly Indicator[],
  fmt: Formatter,
): ProgressRowView[] {
  return indicators.map((ind) => progressRow(ind, progress(feed, ind.id, options), fmt));
}
