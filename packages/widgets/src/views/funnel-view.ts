import { funnelViewOf } from '@prim/indicators/present';
import { funnelChart } from '../charts/funnel-chart.js';
import type { WidgetContext, WidgetView } from './widget-view.js';

/** The fund's calls for projects: applications → selected → funded, as one chart. */
export function funnelWidgetView(ctx: WidgetContext): WidgetView {
  const view = funnelViewOf(ctx.feed, ctx.read.fundPipeline(ctx.options), ctx.options, ctx.fmt);
  const label = `${view.title}. ${view.summary}`;
  const chart = funnelChart(view.rows, ctx, label);
  return {
    title: view.title,
    empty: view.rows.length === 0,
    charts: [{ node: chart, label }],
    synthetic: view.synthetic,
    sources: view.sources,
    indicators: view.indicators,
    hasChart: true,
    table: view.table,
  };
}
