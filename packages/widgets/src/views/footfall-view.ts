import { FOOTFALL_BY, type FootfallBy } from '@prim/indicators';
import { namedFootfall, valueText } from '@prim/indicators/present';
import { monthBars } from '../charts/month-bars.js';
import { LoadError } from '../data/load-error.js';
import { monthValueCell } from '../footfall/month-cell.js';
import { cell, type TableData } from '../table/table-data.js';
import type { WidgetContext, WidgetView } from './widget-view.js';
import { footfallMessages } from '../i18n/footfall-messages.js';

export interface FootfallViewOptions {
  /** Stack months by 'commune', 'profile' (default), 'sex', or 'none'. */
  readonly by?: FootfallBy;
  /** 'stacked' (default) or 'small-multiples': one chart per commune, same y scale. */
  readonly layout?: 'stacked' | 'small-multiples';
  /** Prefix of the chart's pattern ids, unique in the page or document. */
  readonly idPrefix: string;
}

/** The footfall widget's view, with its two summary lines (total; July–August share). */
export interface FootfallWidgetView extends WidgetView {
  readonly totalText: string;
  readonly summer: string;
}

/**
 * BAOM footfall per month, stacked or as small multiples: the chart, its table (one column
 * per series or commune, then the total) and the total and July–August lines.
 */
export function footfallWidgetView(
  ctx: WidgetContext,
  { by = 'profile', layout = 'stacked', idPrefix }: FootfallViewOptions,
): FootfallWidgetView {
  const { feed, options, fmt } = ctx;
  const msgs = footfallMessages(ctx.lang);
  if (!FOOTFALL_BY.includes(by)) throw new LoadError('option', `by="${by}"`);
  if (layout !== 'stacked' && layout !== 'small-multiples') {
    throw new LoadError('option', `layout="${layout}"`);
  }
  const multiples = layout === 'small-multiples';
  const data = namedFootfall(feed, ctx.read.footfall(options, by, multiples), fmt);
  const { summary } = data;
  // Each panel is one commune, stacked by `by` unless that is the commune again.
  const stackedBy = multiples && by === 'commune' ? 'none' : by;
  const stacked =
    stackedBy === 'none'
      ? msgs.footfallTitle
      : `${msgs.footfallTitle} ${msgs.footfallBy[stackedBy]}`;
  const title = multiples ? msgs.footfallMultiples(stacked) : stacked;
  const totalText = msgs.footfallTotal(valueText(summary.total, fmt));
  const { julyAugustShare, peakRatio } = summary.seasonality;
  const summer =
    julyAugustShare === undefined
      ? msgs.summerUnknown
      : `${msgs.summerShare(fmt.percent(julyAugustShare), data.completeYears.join(', '))}${
          peakRatio === undefined ? '' : ` · ${msgs.summerRatio(fmt.number(peakRatio))}`
        }.`;

  // Columns: the stacked series, or one per commune in small multiples; then the total.
  const columns = multiples
    ? data.panels.map((p) => ({ key: p.key ?? '', label: p.title ?? '' }))
    : data.series.map((s) => ({ key: s.key, label: s.label }));
  const table: TableData = {
    caption: title,
    columns: [
      { key: 'period', label: fmt.words.column.period },
      ...columns.map((c) => ({ ...c, numeric: true })),
      { key: 'total', label: fmt.words.column.total, numeric: true },
    ],
    rows: data.totals.map((t, i) => [
      cell(fmt.period(t.period), t.period),
      ...(multiples
        ? data.panels.map((p) => p.months[i]?.total)
        : (data.panels[0]?.months[i]?.cells ?? [])
      ).map((v) => monthValueCell(v ?? { value: undefined, suppressed: false }, fmt)),
      monthValueCell(t.total, fmt),
    ]),
  };

  const label = `${title}. ${totalText}. ${summer}`;
  const chart = monthBars(data.panels, ctx, {
    label,
    yMax: data.yMax,
    idPrefix,
    series: data.series,
  });
  return {
    title,
    totalText,
    summer,
    empty: summary.byMonth.length === 0,
    // The registers behind footfall are never public: say so even when a feed forgets the flag.
    synthetic: true,
    sources: [...new Set(summary.byMonth.flatMap((p) => p.sources))],
    indicators: [summary.indicator],
    table,
    hasChart: true,
    charts: [{ node: chart, label }],
  };
}
