import { FOOTFALL_BY, type FootfallBy } from '@prim/indicators';
import { namedFootfall, valueText } from '@prim/indicators/present';
import { css, html, type PropertyDeclarations } from 'lit';
import { LoadError } from '../data/load-error.js';
import { PrimElement } from '../base/prim-element.js';
import type { View, WidgetContext } from '../base/view.js';
import { monthBars } from '../charts/month-bars.js';
import { draw } from '../charts/marks/draw.js';
import { monthValueCell } from '../footfall/month-cell.js';
import { cell, type TableData } from '../table/table-data.js';
import { chartStyles } from '../styles/chart-styles.js';

let instances = 0;

/**
 * BAOM footfall: people received per month, stacked by commune, profile or sex (`by`), or
 * one small chart per commune on a shared scale (`layout="small-multiples"`). July–August,
 * the MRE season, is shaded and its share of the year is said in words; withheld small
 * counts show as '< k' and hatched bars, never as 0. The BAOM registers are not public, so
 * the data is synthetic and the widget says so.
 *
 * @summary BAOM footfall by month.
 * @csspart chart - The monthly bar chart.
 * @csspart summary - The total and July–August lines.
 * @cssprop --prim-color-series-1 - First series (solid); up to --prim-color-series-6 (others).
 * @cssprop --prim-color-summer - Shading of July–August.
 */
export class PrimFootfall extends PrimElement {
  static override properties: PropertyDeclarations = {
    by: { type: String },
    layout: { type: String },
  };
  static override styles = [
    PrimElement.styles,
    chartStyles,
    css`
      .summary {
        margin: 0.25em 0 0.75em;
      }
    `,
  ];

  /** Stack months by 'commune', 'profile' (default), 'sex', or 'none'. */
  declare by?: FootfallBy;
  /** 'stacked' (default) or 'small-multiples': one chart per commune, same y scale. */
  declare layout?: 'stacked' | 'small-multiples';

  private readonly idPrefix = `prim-ff${++instances}`;

  protected override get drawsFromPublishedViews(): boolean {
    return true;
  }

  protected override renderView(ctx: WidgetContext): View {
    const { feed, options, msgs, fmt } = ctx;
    const by = this.by ?? 'profile';
    if (!FOOTFALL_BY.includes(by)) throw new LoadError('option', `by="${by}"`);
    const layout = this.layout ?? 'stacked';
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
    const total = summary.total;
    const totalText = msgs.footfallTotal(valueText(total, fmt));
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
        { key: 'period', label: msgs.column.period },
        ...columns.map((c) => ({ ...c, numeric: true })),
        { key: 'total', label: msgs.column.total, numeric: true },
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
      idPrefix: this.idPrefix,
      series: data.series,
    });
    const body = html`<div class="summary" part="summary">
        <p>${totalText}</p>
        <p>${summer}</p>
      </div>
      ${draw(chart)}`;
    return {
      title,
      body,
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
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-footfall': PrimFootfall;
  }
}
