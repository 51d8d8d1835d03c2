/** Registers every element: the entry of the self-contained `prim-widgets.js` bundle. */
export { PrimIndicator } from './prim-indicator.js';
export { PrimParity } from './prim-parity.js';
export { PrimProgress } from './prim-progress.js';
export { PrimTable } from './prim-table.js';
export { PrimFootfall } from './prim-footfall.js';
export { PrimFunnel } from './prim-funnel.js';
export { PrimDashboard } from './prim-dashboard.js';
