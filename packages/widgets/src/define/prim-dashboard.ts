// The dashboard composes the other elements inside its shadow root: register them too.
import './prim-indicator.js';
import './prim-progress.js';
import './prim-parity.js';
import './prim-footfall.js';
import './prim-funnel.js';
import { PrimDashboard } from '../elements/prim-dashboard.js';

if (!customElements.get('prim-dashboard')) customElements.define('prim-dashboard', PrimDashboard);

export { PrimDashboard };
