import { fundPipeline } from '../compute/fund.js';
import type { ComputeOptions } from '../compute/results.js';
import type { Feed } from '../schema/types.js';
import type { Formatter } from './formatter.js';
import { funnelViewOf, type FunnelView } from './funnel-view-of.js';

/**
 * Applications → selected → funded per call, with each call's budgets in their own
 * currencies, computed by the model (see `funnelViewOf`).
 */
export function funnelView(feed: Feed, options: ComputeOptions, fmt: Formatter): FunnelView {
  return funnelViewOf(feed, fundPipeline(feed, options), options, fmt);
}
