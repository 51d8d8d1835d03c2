/**
 * The script embedders load (`<script type="module" src="…/widgets.js">`): it defines every
 * `prim-*` element and nothing else. One define import per element.
 */
import '@prim/widgets/define/prim-indicator.js';
import '@prim/widgets/define/prim-progress.js';
import '@prim/widgets/define/prim-parity.js';
import '@prim/widgets/define/prim-table.js';
import '@prim/widgets/define/prim-footfall.js';
import '@prim/widgets/define/prim-funnel.js';
import '@prim/widgets/define/prim-dashboard.js';
