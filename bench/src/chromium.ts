/** The benchmarks time the same Chromium, with the same flags, as the browser tests. */
export { launchChromium } from '../../chromium.js';
