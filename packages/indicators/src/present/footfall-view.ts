import type { ComputeOptions } from '../compute/results.js';
import { footfallPanels, type FootfallBy } from '../footfall/footfall-panels.js';
import type { Feed } from '../schema/types.js';
import type { Formatter } from './formatter.js';
import { namedFootfall, type FootfallView } from './named-footfall.js';

export type { FootfallView } from './named-footfall.js';

export function footfallView(
  feed: Feed,
  options: ComputeOptions,
  by: FootfallBy,
  smallMultiples: boolean,
  fmt: Formatter,
): FootfallView {
  return namedFootfall(feed, footfallPanels(feed, options, by, smallMultiples), fmt);
}
