import { PrimParity } from '../elements/prim-parity.js';

if (!customElements.get('prim-parity')) customElements.define('prim-parity', PrimParity);

export { PrimParity };
