import { css, html } from 'lit';
import { markStyles } from '../styles/mark-styles.js';
import { PrimElement } from '../base/prim-element.js';
import type { View, WidgetContext } from '../base/view.js';
import { draw } from '../charts/marks/draw.js';
import { chartStyles } from '../styles/chart-styles.js';
import { funnelWidgetView } from '../views/funnel-view.js';

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
    const view = funnelWidgetView(ctx);
    return { ...view, body: html`${view.charts?.map((c) => draw(c.node))}` };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-funnel': PrimFunnel;
  }
}
