import '../embed/widgets.js';
import { BuilderApp } from './builder-app.js';

const root = document.getElementById('app');
if (root) void new BuilderApp(root).start();
