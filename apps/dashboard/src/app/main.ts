import '../embed/widgets.js';
import { DashboardApp } from './dashboard-app.js';

const root = document.getElementById('app');
if (root) new DashboardApp(root).start();
