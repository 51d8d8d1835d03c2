import { localize, type Indicator, type Progress, type Source } from '@prim/indicators';
import {
  indicatorCard,
  ratioText,
  seriesTable,
  statusWordsFor,
  uniqueSources,
} from '@prim/indicators/present';
import { findIndicator } from '../base/find-indicator.js';
import { bulletChart } from '../charts/bullet-chart.js';
import { sparkline } from '../charts/sparkline.js';
import type { ViewChart, WidgetContext, WidgetView } from './widget-view.js';
import { indicatorMessages } from '../i18n/indicator-messages.js';

/** One of several values the sources give for the same figure, with the sources saying it. */
export interface ConflictView {
  readonly value: string;
  readonly sources: readonly Source[];
}

/** The indicator card's view: its reading and the parts its head and body show. */
export interface IndicatorWidgetView extends WidgetView {
  readonly indicator: Indicator;
  readonly progress: Progress;
  /** The reading as words: value, status, completion, span. */
  readonly card: ReturnType<typeof indicatorCard>;
  /** The unit after the value ('' for ratios). */
  readonly unit: string;
  readonly conflicts: readonly ConflictView[];
  readonly bullet?: ViewChart;
  readonly trend?: ViewChart;
}

/**
 * One indicator as a card: its value, status and completion, a bullet against the target,
 * a sparkline when there is a series, and the values its sources disagree on.
 */
export function indicatorWidgetView(
  ctx: WidgetContext,
  indicator: string | undefined,
): IndicatorWidgetView {
  const { feed, options, lang, fmt } = ctx;
  const msgs = indicatorMessages(lang);
  const ind = findIndicator(ctx, indicator);
  const p = ctx.read.progress(ind.id, options);
  const points = ctx.read.series(ind.id, options);
  const unit = ind.kind === 'count' ? localize(ind.unit, lang) : '';
  const card = indicatorCard(p, fmt, ind);
  const known = points.filter((pt) => pt.value !== undefined);

  // An expected count is read as whole units: 'expected 94 projects', not 93.7.
  const expectedValue =
    p.expected !== undefined && ind.kind === 'count' ? Math.round(p.expected) : p.expected;
  const expected =
    expectedValue === undefined ? '' : ` · ${msgs.expectedByNow(fmt.value(expectedValue, ind))}`;
  const caption = `${ratioText(card.value, fmt.value(p.target, ind), lang)}${expected}`;
  // A value several sources agree on lists them all: each is shown by its title.
  const conflicts = p.conflicts.flatMap((c) =>
    c.values.map((v) => ({
      value: fmt.value(v.value, ind),
      sources: uniqueSources(feed, v.sources),
    })),
  );

  // The heading already names the indicator: the bullet says only its reading.
  const bulletLabel = `${msgs.completion} ${fmt.percent(p.completion)} · ${fmt.label(statusWordsFor(fmt.lang)[p.status])}${expected}`;
  const bullet: ViewChart | undefined =
    p.target !== undefined
      ? {
          label: bulletLabel,
          node: bulletChart(
            [
              {
                label: msgs.completion,
                completion: p.completion,
                expectedCompletion: p.expectedCompletion,
                status: p.status,
                caption,
              },
            ],
            ctx,
            bulletLabel,
          ),
        }
      : undefined;
  const trendLabel = `${msgs.trend} : ${known.map((pt) => `${fmt.value(pt.value, ind)} (${fmt.period(pt.period)})`).join(' → ')}`;
  const trend: ViewChart | undefined =
    known.length >= 2
      ? {
          label: trendLabel,
          node: sparkline(
            points.map((pt) => ({ key: pt.period, value: pt.value })),
            ctx,
            trendLabel,
          ),
        }
      : undefined;

  return {
    title: localize(ind.name, lang),
    empty: p.actual === undefined && known.length === 0,
    hasChart: p.target !== undefined || known.length >= 2,
    charts: [bullet, trend].filter((c): c is ViewChart => c !== undefined),
    synthetic: p.synthetic || points.some((pt) => pt.synthetic),
    sources: [...new Set([...p.sources, ...points.flatMap((pt) => pt.sources)])],
    indicators: [ind.id],
    table: seriesTable(feed, ind, points, fmt),
    indicator: ind,
    progress: p,
    card,
    unit,
    conflicts,
    bullet,
    trend,
  };
}
