/**
 * Registers the elements a dashboard draws inside it: loaded on demand, as one file, by
 * define/prim-dashboard.ts (one download and one compression context, not five small files).
 */
import '../define/prim-indicator.js';
import '../define/prim-progress.js';
import '../define/prim-parity.js';
import '../define/prim-footfall.js';
import '../define/prim-funnel.js';
