/**
 * Every file a reader can save from a widget (CSV, SVG, PNG), in one chunk loaded on the
 * first click: none of it is needed to show a chart.
 */
export { downloadPng, downloadSvg } from './chart-download.js';
export { downloadCsv } from '../table/csv.js';
