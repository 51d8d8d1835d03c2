/** Registers every element: the entry of the self-contained `prim-widgets.js` bundle. */
export { PrimIndicator } from './prim-indicator.js';
export { PrimParity } from './prim-parity.js';
export { PrimProgress } from './prim-progress.js';
export { PrimTable } from './prim-table.js';
export { PrimFootfall } from './prim-footfall.js';
export { PrimFunnel } from './prim-funnel.js';
import { PrimDashboard } from '../elements/prim-dashboard.js';

// Not through define/prim-dashboard.js, which loads the inner elements on demand: here they
// are in the file already, registered above.
if (!customElements.get('prim-dashboard')) customElements.define('prim-dashboard', PrimDashboard);

export { PrimDashboard };
