import { PrimProgress } from '../elements/prim-progress.js';

if (!customElements.get('prim-progress')) customElements.define('prim-progress', PrimProgress);

export { PrimProgress };
