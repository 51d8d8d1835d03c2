/**
 * The validator and the model, in a chunk of their own: imported (dynamically) only for raw
 * feeds, another as-of date or filter, or when no valid published views match the feed.
 */
export { parseFeed } from '@prim/indicators';
export { modelReader } from './model-reader.js';
export { fromResult, parseObject } from './model-load.js';
