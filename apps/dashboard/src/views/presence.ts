import { aggregate } from '@prim/indicators';
import type { ViewContext } from './context.js';

/**
 * Whether the feed reports an indicator at all for the view's place (region, commune), at
 * the feed's own date. A region page leaves out what the region never had (the Oriental's
 * reception cells on the Souss-Massa page), but keeps an indicator the region reports later
 * than the chosen 'as of' date: 'no data yet' is then a finding worth a card.
 */
export function reportedHere(ctx: ViewContext, indicator: string): boolean {
  const filter = ctx.options.filter;
  if (!ctx.feed.indicators.some((i) => i.id === indicator)) return false;
  return aggregate(ctx.feed, indicator, filter ? { filter } : {}).count > 0;
}
