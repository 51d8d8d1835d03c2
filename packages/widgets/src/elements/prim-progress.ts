import { html, type PropertyDeclarations } from 'lit';
import { PrimElement } from '../base/prim-element.js';
import { markStyles } from '../styles/mark-styles.js';
import type { View, WidgetContext } from '../base/view.js';
import { draw } from '../charts/marks/draw.js';
import { progressWidgetView } from '../views/progress-view.js';

/**
 * Several indicators as bullet charts against their targets: a bar to the actual, a tick at
 * the target, a marker at the value expected by now, and the status as shape and text.
 *
 * @summary Indicators against their targets.
 * @csspart chart - The bullet chart.
 */
export class PrimProgress extends PrimElement {
  static override styles = [PrimElement.styles, markStyles];
  static override properties: PropertyDeclarations = { indicators: { type: String } };

  /** Space-separated indicator ids; default: every indicator with a target. */
  declare indicators?: string;

  protected override get drawsFromPublishedViews(): boolean {
    return true;
  }

  protected override renderView(ctx: WidgetContext): View {
    const view = progressWidgetView(ctx, { indicators: this.indicators });
    return { ...view, body: html`${view.charts?.map((c) => draw(c.node))}` };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-progress': PrimProgress;
  }
}
