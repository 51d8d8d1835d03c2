import { footfallViewsPart, type FootfallBy } from '@prim/indicators';
import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { PrimElement } from '../base/prim-element.js';
import type { View, WidgetContext } from '../base/view.js';
import { draw } from '../charts/marks/draw.js';
import { chartStyles } from '../styles/chart-styles.js';
import { footfallWidgetView } from '../views/footfall-view.js';

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

  /** Only the footfall view drawn: 16–65 KB, not the 212 KB of every layout's. */
  protected override get viewsPart(): string | undefined {
    // An unknown option is said by the view; its part is never asked for.
    return footfallViewsPart(this.by ?? 'profile', this.layout ?? 'stacked');
  }

  protected override renderView(ctx: WidgetContext): View {
    const view = footfallWidgetView(ctx, {
      ...(this.by ? { by: this.by } : {}),
      ...(this.layout ? { layout: this.layout } : {}),
      idPrefix: this.idPrefix,
    });
    const chart = view.charts?.[0];
    const body = html`<div class="summary" part="summary">
        <p>${view.totalText}</p>
        <p>${view.summer}</p>
      </div>
      ${chart ? draw(chart.node) : nothing}`;
    return { ...view, body };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-footfall': PrimFootfall;
  }
}
