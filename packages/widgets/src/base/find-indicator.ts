import type { Indicator } from '@prim/indicators';
import { LoadError } from '../data/load-error.js';
import type { WidgetContext } from '../views/widget-view.js';

/**
 * The indicator named by an element's attribute, or an error naming the missing id. Lives
 * in base/ (not beside prim-indicator) so that elements using it do not bundle the card.
 */
export function findIndicator(ctx: Pick<WidgetContext, 'feed'>, id: string | undefined): Indicator {
  const found = id ? ctx.feed.indicators.find((i) => i.id === id) : undefined;
  if (!found) throw new LoadError('unknown-indicator', id ?? '');
  return found;
}
