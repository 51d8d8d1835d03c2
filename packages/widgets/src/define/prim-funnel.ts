import { PrimFunnel } from '../elements/prim-funnel.js';

if (!customElements.get('prim-funnel')) customElements.define('prim-funnel', PrimFunnel);

export { PrimFunnel };
