import { localize, paritySummary, type Feed, type Indicator } from '@prim/indicators';
import {
  labelledColumns,
  nameOf,
  paritySummaryView,
  statusWordsFor,
  valueText,
  type ParitySummaryView,
} from '@prim/indicators/present';
import { cell } from '../table/table-data.js';
import type { WidgetContext, WidgetView } from './widget-view.js';

/** The headline cards, when the feed has the indicator. */
const CARDS = ['fund-completion', 'baom-coverage', 'baom-footfall'] as const;
const FUNNEL = ['fund-applications', 'fund-selected', 'fund-funded'] as const;

const hasIndicator = (feed: Feed, id: string) => feed.indicators.some((i) => i.id === id);

/** What a dashboard shows itself, and which elements it draws under its cards. */
export interface DashboardView extends WidgetView {
  readonly title: string;
  /** The indicators of the headline cards, in order. */
  readonly cards: readonly string[];
  /** The parity card, when the feed has parity results. */
  readonly parity?: ParitySummaryView;
  readonly footfall: boolean;
  readonly funnel: boolean;
}

/**
 * A programme or region at a glance: the cards it shows, the parity card's words and the
 * headline numbers as a table, read through `ctx.read` (published views or the model).
 */
export function dashboardWidgetView(ctx: WidgetContext, region?: string): DashboardView {
  const { feed, options, lang, msgs, fmt } = ctx;
  const programme = localize(feed.programme.name, lang);
  const title = region ? `${programme} — ${nameOf(feed, 'region', region, lang)}` : programme;
  const cards = CARDS.filter((id) => hasIndicator(feed, id));
  const results = ctx.read.parity(options);
  const summary = paritySummary(results);
  const parity = results.length > 0 ? paritySummaryView(summary, fmt) : undefined;
  return {
    title,
    cards,
    ...(parity ? { parity } : {}),
    footfall: hasIndicator(feed, 'baom-footfall'),
    funnel: FUNNEL.some((id) => hasIndicator(feed, id)),
    empty: cards.length === 0 && !parity,
    // The headline numbers, as the cards show them.
    table: {
      caption: title,
      columns: labelledColumns(
        msgs.column,
        ['indicator', 'actual', 'target', 'status'],
        ['actual', 'target'],
      ),
      rows: [
        ...cards.map((id) => {
          const ind = feed.indicators.find((i) => i.id === id) as Indicator;
          const p = ctx.read.progress(id, options);
          return [
            cell(localize(ind.name, lang), id),
            cell(valueText({ ...p, value: p.actual }, fmt, ind), p.actual),
            cell(fmt.value(p.target, ind), p.target),
            cell(fmt.label(statusWordsFor(fmt.lang)[p.status]), p.status),
          ];
        }),
        ...(parity
          ? [
              [
                cell(msgs.parityTitle, 'parity'),
                cell(parity.value, summary.meets),
                cell(fmt.number(summary.known), summary.known),
                cell(parity.headline),
              ],
            ]
          : []),
      ],
    },
  };
}
