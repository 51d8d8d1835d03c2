import type { Feed, Lang } from '@prim/indicators';
import type { PrimElement } from '../base/prim-element.js';
import type { View, WidgetContext } from '../base/view.js';

/** The protected steps of PrimElement that a static render reuses (same logic as the page). */
interface ViewSteps {
  contextFor(feed: Feed, lang: Lang): WidgetContext;
  renderView(ctx: WidgetContext): View;
}

/**
 * What an element would show for a feed, computed by the element class itself (its
 * context, rows, captions and summaries), at a given width. Lit's Node build lets element
 * classes be constructed without a DOM; nothing is connected or rendered here.
 */
export function elementView(
  element: PrimElement,
  feed: Feed,
  lang: Lang,
  width: number,
): { ctx: WidgetContext; view: View } {
  const steps = element as unknown as ViewSteps;
  const ctx = { ...steps.contextFor(feed, lang), width };
  return { ctx, view: steps.renderView(ctx) };
}
