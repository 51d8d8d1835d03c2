import { PrimTable } from '../elements/prim-table.js';

if (!customElements.get('prim-table')) customElements.define('prim-table', PrimTable);

export { PrimTable };
