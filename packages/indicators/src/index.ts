/**
 * @prim/indicators: the typed indicator model. No DOM; runs in Node and browsers.
 * See README.md for a tour with runnable examples.
 */
export * from './schema/feed-schema.js';
export type * from './schema/types.js';
export * from './parse/feed-issue.js';
export * from './parse/parse-feed.js';
export * from './periods/calendar-date.js';
export * from './periods/period.js';
export type * from './compute/results.js';
export * from './text.js';
