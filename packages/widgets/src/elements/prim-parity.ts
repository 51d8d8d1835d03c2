import { html } from 'lit';
import { PrimElement } from '../base/prim-element.js';
import { markStyles } from '../styles/mark-styles.js';
import type { View, WidgetContext } from '../base/view.js';
import { draw } from '../charts/marks/draw.js';
import { parityWidgetView } from '../views/parity-view.js';

/**
 * Every activity's share of women against the parity line (50% unless the feed says
 * otherwise). An activity without a sex breakdown is shown as unknown, never as 0%.
 *
 * @summary Share of women per activity against parity.
 * @csspart chart - The parity chart.
 */
export class PrimParity extends PrimElement {
  static override styles = [PrimElement.styles, markStyles];
  protected override get drawsFromPublishedViews(): boolean {
    return true;
  }

  protected override renderView(ctx: WidgetContext): View {
    const view = parityWidgetView(ctx);
    return { ...view, body: html`${view.charts?.map((c) => draw(c.node))}` };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-parity': PrimParity;
  }
}
