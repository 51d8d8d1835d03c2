/**
 * @prim/indicators: the typed indicator model. No DOM; runs in Node and browsers.
 * See README.md for a tour with runnable examples.
 */
export * from './schema/feed-schema.js';
export type * from './schema/types.js';
export * from './parse/feed-issue.js';
export * from './parse/parse-feed.js';
export {
  type ParseBytesOptions,
  parseFeedBytes,
  parseFeedSource,
} from './parse/parse-feed-bytes.js';
export { type FeedSource, bytesSource } from './parse/feed-source.js';
export * from './periods/calendar-date.js';
export * from './periods/period.js';
export type * from './compute/results.js';
export * from './text.js';
export * from './output/csv.js';
export { safeUrl } from './output/safe-url.js';
export { codeUnitOrder } from './code-unit-order.js';
export * from './compute/defaults.js';
export { aggregate } from './compute/aggregate.js';
export { series, type SeriesOptions } from './compute/series.js';
export { breakdown } from './compute/breakdown.js';
export { expectedValue } from './compute/expected.js';
export { statusOf, type StatusInput } from './compute/status.js';
export { progress } from './compute/progress.js';
export { readingOf, spanOf } from './compute/reading.js';
export { observationReading } from './compute/observation-reading.js';
export { parity, parityOf } from './compute/parity.js';
export { footfall, FOOTFALL_INDICATOR } from './compute/footfall.js';
export { coverage, COVERAGE_INDICATOR } from './compute/coverage.js';
export { withheldByPeriod } from './compute/withheld.js';
export {
  selected,
  tableObservations,
  type TableObservation,
} from './compute/table-observations.js';
export * from './footfall/month-value.js';
export * from './footfall/quarters.js';
export * from './footfall/footfall-panels.js';
export { paritySummary, type ParitySummary } from './compute/parity-summary.js';
export { fundCompletion, fundPipeline, FUND_INDICATORS } from './compute/fund.js';
export { qualityFlags } from './compute/flags/index.js';
// Only the 'stale' flags, for widgets that need no other flag (keeps the embed bundle small).
export { stale as staleFlags } from './compute/flags/stale.js';
export { computeIndicators, laterFigures } from './compute/summary.js';
export * from './publish/views-format.js';
export * from './publish/published-views.js';
export * from './publish/views-parts.js';
export { sha256Hex } from './publish/sha256.js';
export { bucketOf, bucketsBetween, type Bucket } from './periods/buckets.js';
export * from './registers/register-row.js';
export { monthlyCounts, type MonthlyCountsOptions } from './registers/monthly-counts.js';
export { generateRegister, type RegisterOptions } from './synthetic/register.js';
export { BAOM_COMMUNES, type BaomCommune } from './synthetic/baom-communes.js';
export * from './registers/codes.js';
export * from './registers/headers.js';
export { foldKey, isTrimSpace, latinDigits } from './registers/normalise-text.js';
export { plainLineReader } from './registers/plain-line.js';
export { readRegisterDate, type DateReading } from './registers/register-date.js';
export { communeMatcher, rowReader, type RowReading } from './registers/validate-row.js';
export { RegisterTally, type TallyTable, withMargins } from './registers/register-tally.js';
export {
  belowBound,
  marksOf,
  primaryMask,
  suppressLinked,
  suppressTable,
  type Mask,
  type TablePublication,
} from './registers/suppression.js';
export {
  belowRange,
  type CellRef,
  exposedCells,
  inLevel,
  type Level,
  levelOf,
  type Mark,
  readerProblem,
  type Subset,
  type Table,
} from './registers/disclosure-audit.js';
export {
  CASES_ID,
  DEFAULT_K,
  DisclosureError,
  FOOTFALL_ID,
  footfallObservations,
  type FootfallObservations,
  type SuppressionOptions,
} from './registers/footfall-observations.js';
export { registerFeed, type RegisterFeedInput } from './registers/register-feed.js';
export * from './registers/fund-records.js';
export type { XmlElement } from './iati/xml-element.js';
export { iatiToFeed, type IatiImport, type IatiOptions } from './iati/iati-to-feed.js';
export { canonicalJson } from './compare/canonical-json.js';
export {
  diffFeeds,
  type DefinitionKind,
  type FeedChange,
  type FeedDiff,
  type StatusChange,
} from './compare/diff-feeds.js';
export {
  mergeFeeds,
  type MergeConflict,
  type MergeInput,
  type MergeResult,
} from './compare/merge-feeds.js';
