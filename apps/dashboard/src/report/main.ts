import '../embed/widgets.js';
import { renderReport } from './report-page.js';

const root = document.getElementById('report');
if (root) void renderReport(root);
