/**
 * @prim/indicators/analysis: tidy tables for evaluators and pipelines (the analysis path).
 *
 * Built on arquero, which compiles expressions with `Function`: that is why this entry is
 * separate and never imported from the package's main entry (the embed path: docs/domain.md, "Architecture").
 */
export { observationsTable, type ObservationsTableOptions } from './observations-table.js';
export { crossTab, type CrossTab, type CrossTabOptions } from './cross-tab.js';
