import { PrimFootfall } from '../elements/prim-footfall.js';

if (!customElements.get('prim-footfall')) customElements.define('prim-footfall', PrimFootfall);

export { PrimFootfall };
