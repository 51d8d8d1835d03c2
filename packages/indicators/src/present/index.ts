/**
 * @prim/indicators/present: the words of the model, with no DOM. One Intl formatter set per
 * language, one catalogue of words (statuses, parity, bounds, periods, plurals), the way a
 * reading is said, the flag sentences and the names of dimension values. Widgets, the SSR
 * renderer, the dashboard and the CLI all speak through it, so that one reading says the
 * same thing on every surface. See README.md, "Presentation".
 */
export * from './words.js';
export * from './status-words.js';
export * from './parity-words.js';
export * from './funnel-words.js';
export * from './locale.js';
export * from './long-date.js';
export * from './formatter.js';
export * from './names.js';
export * from './flag-phrases.js';
export * from './flag-sentence.js';
export * from './views.js';
export * from './footfall-view.js';
export * from './named-footfall.js';
export * from './progress-rows.js';
export * from './source-title.js';
export * from './table-view.js';
export * from './observation-table.js';
export * from './funnel-view.js';
export * from './funnel-view-of.js';
export * from './series-table.js';
