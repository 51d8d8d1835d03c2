/**
 * @prim/widgets: embeddable Lit web components for PRIM indicators.
 *
 * Importing this module registers nothing: import `@prim/widgets/define/prim-indicator`
 * (one element) or `@prim/widgets/define/all` (every element) to register tags.
 */
export { PrimElement } from './base/prim-element.js';
export type { View, WidgetContext } from './base/view.js';
export { PrimIndicator } from './elements/prim-indicator.js';
export { PrimProgress } from './elements/prim-progress.js';
export { PrimParity } from './elements/prim-parity.js';
export { PrimTable } from './elements/prim-table.js';
export { PrimFootfall } from './elements/prim-footfall.js';
export { PrimFunnel } from './elements/prim-funnel.js';
export { PrimDashboard } from './elements/prim-dashboard.js';
export { fetchFeed, clearFeedCache } from './data/feed-cache.js';
export { loadFeed, viewsPlaces, type LoadedFeed, type FeedSource } from './data/load-feed.js';
export { LoadError, type LoadErrorKind } from './data/load-error.js';
export { messages } from './i18n/catalogue.js';
export type { Messages } from './i18n/messages.js';
// The words of the model (formatter, catalogue, flag sentences, names) live in
// @prim/indicators/present; they are re-exported here for existing users of this package.
export {
  createFormatter,
  directionOf,
  flagFormat,
  flagPhrases,
  flagSentence,
  localeFor,
  longDateFormat,
  ratioText,
  toLang,
  valueText,
  type Direction,
  type FlagContext,
  type FlagFormat,
  type FlagPhrases,
  type Formatter,
} from '@prim/indicators/present';
export { langOf } from './i18n/lang.js';
export type { ChartContext } from './charts/chart-context.js';
export { bulletChart, bulletGeometry, type BulletRow } from './charts/bullet-chart.js';
export { parityChart, parityGeometry, type ParityRow } from './charts/parity-chart.js';
export { sparkline, type SparkPoint } from './charts/sparkline.js';
export {
  monthBars,
  panelGeometry,
  type BarMonth,
  type BarPanel,
  type BarSeries,
  type MonthBarsOptions,
} from './charts/month-bars.js';
export {
  funnelChart,
  funnelGeometry,
  type FunnelRow,
  type FunnelStage,
} from './charts/funnel-chart.js';
export { FOOTFALL_BY, type FootfallBy } from '@prim/indicators';
export { footfallView, type FootfallView } from '@prim/indicators/present';
export { svgBlob, pngBlob, downloadSvg, downloadPng } from './download/chart-download.js';
export { standaloneSvg } from './download/standalone-svg.js';
export { findChart } from './download/find-chart.js';
export { toCsv } from './table/csv.js';
export { sourceLinks, titleOf } from './base/source-links.js';
export type { TableData, Column, Cell } from './table/table-data.js';
