import { PrimDashboard } from '../elements/prim-dashboard.js';

/*
 * The inner elements load on demand, beside the dashboard's feed, so that this file stays
 * one element's weight (in dist/, their code is shared with a page that embeds them alone).
 * Marked as handled here; the dashboard shows a failure as its error state.
 */
PrimDashboard.innerElements ??= import('../elements/inner-elements.js');
PrimDashboard.innerElements.catch(() => undefined);

if (!customElements.get('prim-dashboard')) customElements.define('prim-dashboard', PrimDashboard);

export { PrimDashboard };
