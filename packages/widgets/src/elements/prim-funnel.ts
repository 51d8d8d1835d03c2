import { css, html } from 'lit';
import { funnelViewOf } from '@prim/indicators/present';
import { markStyles } from '../styles/mark-styles.js';
import { PrimElement } from '../base/prim-element.js';
import type { View, WidgetContext } from '../base/view.js';
import { funnelChart } from '../charts/funnel-chart.js';
import { draw } from '../charts/marks/draw.js';
import { chartStyles } from '../styles/chart-styles.js';

/**
 * The fund's calls for projects: applications → selected → funded per call, on one scale,
 * with each call's budgets in their own currencies. A stage no source gives is shown as
 * unknown, not 0. `region` keeps one region's calls.
 *
 * @summary Calls for projects: applications, selected, funded.
 * @csspart chart - The funnel chart.
 * @cssprop --prim-color-series-1 - Applications bars (then series-2 and series-3).
 */
export class PrimFunnel extends PrimElement {
  static override styles = [
    PrimElement.styles,
    markStyles,
    chartStyles,
    css`
      .stage-0 {
        fill: var(--_series-0);
      }
      .stage-1 {
        fill: var(--_series-1);
      }
      .stage-2 {
        fill: var(--_series-2);
      }
      .call-title {
        font-weight: 600;
      }
    `,
  ];

  protected override get drawsFromPublishedViews(): boolean {
    return true;
  }

  protected override renderView(ctx: WidgetContext): View {
    const view = funnelViewOf(ctx.feed, ctx.read.fundPipeline(ctx.options), ctx.options, ctx.fmt);
    const label = `${view.title}. ${view.summary}`;
    const chart = funnelChart(view.rows, ctx, label);
    return {
      title: view.title,
      empty: view.rows.length === 0,
      body: html`${draw(chart)}`,
      charts: [{ node: chart, label }],
      synthetic: view.synthetic,
      sources: view.sources,
      indicators: view.indicators,
      hasChart: true,
      table: view.table,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-funnel': PrimFunnel;
  }
}
