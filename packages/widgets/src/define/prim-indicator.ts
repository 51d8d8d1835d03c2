import { PrimIndicator } from '../elements/prim-indicator.js';

if (!customElements.get('prim-indicator')) customElements.define('prim-indicator', PrimIndicator);

export { PrimIndicator };
