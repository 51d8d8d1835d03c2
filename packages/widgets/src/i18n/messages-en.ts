import { wordsFor } from '@prim/indicators/present';
import type { FootfallMessages } from './footfall-messages.js';
import type { IndicatorMessages } from './indicator-messages.js';
import type { Messages } from './messages.js';

const words = wordsFor('en');

export const en: Messages = {
  lang: 'en',
  loading: 'Loading data…',
  errorTitle: 'The data cannot be shown.',
  errorNoSource: 'No data source: add a src attribute, a feed property or an inline JSON script.',
  errorNetwork: (url) => `The feed cannot be reached (network): ${url}`,
  errorHttp: (s) => `The server answered HTTP ${s}`,
  errorFeed: 'The data feed is invalid:',
  errorOption: (d) => `Invalid attribute: ${d}`,
  errorRender: 'Rendering error:',
  moreIssues: (c) => `… and ${c} more.`,
  partialNotice: 'Part of the feed is invalid and is not shown:',
  unknownIndicator: (id) => `Unknown indicator in this feed: “${id}”.`,
  empty: 'No data for these filters.',
  synthetic: 'Synthetic (made-up) data, for demonstration.',
  asOf: (d) => `Data as of ${d}`,
  stale: (items) => `Old data: ${items.join('; ')}.`,
  staleItem: (i, p) => `${i}, last observation ${p}`,
  sources: 'Sources:',
  parityTitle: 'Share of women by activity',
  parityLine: (t) => `Parity threshold: ${t}`,
  dataTable: 'Data table',
  downloadCsv: 'Download (CSV)',
  downloadSvg: 'Download (SVG)',
  downloadPng: 'Download (PNG)',
  unknown: words.notKnown,
  column: words.column,
};

export const enFootfall: FootfallMessages = {
  footfallTitle: 'People received at the BAOM offices',
  footfallBy: { commune: 'by commune', profile: 'by profile', sex: 'by sex' },
  footfallMultiples: (t) => `${t}: one chart per commune`,
  footfallTotal: (v) => `Total: ${v} people received`,
  summerShare: (s, y) => `July–August: ${s} of the year’s people received (${y})`,
  summerRatio: (r) => `a summer month receives ${r} times an ordinary month`,
  summerUnknown: 'July–August share: no complete year to compute it.',
  summerBand: 'July–August (MRE season)',
  withheld: 'Small count withheld (< k)',
};

export const enIndicator: IndicatorMessages = {
  conflicts: 'Sources disagree:',
  lowerBound: 'at least (values withheld)',
  targetBy: (v, d) => `Target: ${v} by ${d}`,
  expectedByNow: (v) => `Expected by this date: ${v}`,
  completion: 'Completion',
  period: (p) => `Period: ${p}`,
  progressTitle: 'Progress towards targets',
  trend: 'Trend',
};
