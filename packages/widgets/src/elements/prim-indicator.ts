import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { markStyles } from '../styles/mark-styles.js';
import { PrimElement } from '../base/prim-element.js';
import { sourceLinks } from '../base/source-links.js';
import type { View, WidgetContext } from '../base/view.js';
import { draw } from '../charts/marks/draw.js';
import { statusIcon } from '../charts/status-icon.js';
import { indicatorWidgetView } from '../views/indicator-view.js';
import { indicatorMessages } from '../i18n/indicator-messages.js';
import { statusWordsFor } from '@prim/indicators/present';

/**
 * One indicator as a card: value and unit, target, a completion bar with the value expected
 * by now, status as text and shape, period, sources, and a sparkline when there is a series.
 *
 * @summary One indicator as a card.
 * @csspart value - The big number.
 * @csspart status - The status line.
 * @csspart chart - The completion bar.
 * @csspart sparkline - The small line over time.
 */
export class PrimIndicator extends PrimElement {
  static override properties: PropertyDeclarations = { indicator: { type: String } };
  static override styles = [
    PrimElement.styles,
    markStyles,
    css`
      .value {
        margin: 0.25em 0;
        font-size: 2em;
        font-weight: 700;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
      .unit {
        font-size: 0.5em;
        font-weight: 400;
        color: var(--_muted);
      }
      /* Items wrap as whole units on a phone, never as two squeezed columns. */
      .status {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 0.4em;
        font-weight: 600;
      }
      .status > span {
        white-space: nowrap;
      }
      .chart {
        margin: 0.5em 0;
      }
    `,
  ];

  /** Id of the indicator to show, e.g. 'fund-completion'. */
  declare indicator?: string;

  protected override get drawsFromPublishedViews(): boolean {
    return true;
  }

  protected override renderView(ctx: WidgetContext): View {
    const { fmt } = ctx;
    const msgs = indicatorMessages(ctx.lang);
    const view = indicatorWidgetView(ctx, this.indicator);
    const { indicator: ind, progress: p, card, unit, conflicts, bullet, trend } = view;
    const body = html`<p class="value">
        <span part="value">${card.value}</span>
        ${unit ? html`<span class="unit">${unit}</span>` : nothing}
      </p>
      ${p.suppressed ? html`<p class="muted">${msgs.lowerBound}</p>` : nothing}
      ${
        p.target !== undefined
          ? html`<p class="muted">
              ${msgs.targetBy(fmt.value(p.target, ind), p.targetDate ? fmt.date(p.targetDate) : '')}
            </p>`
          : nothing
      }
      <p class="status" part="status">
        ${draw(statusIcon(p.status))}
        <span>${fmt.label(statusWordsFor(fmt.lang)[p.status])}</span>
        ${
          p.completion !== undefined
            ? html`<span>· ${msgs.completion} ${fmt.percent(p.completion)}</span>`
            : nothing
        }
      </p>
      ${bullet ? html`<div class="chart">${draw(bullet.node)}</div>` : nothing}
      ${card.span ? html`<p class="muted" part="span">${msgs.period(card.span)}</p>` : nothing}
      ${
        conflicts.length > 1
          ? html`<p class="notice" part="notice">
              ${msgs.conflicts}
              ${conflicts.map(
                (c, i) =>
                  html`${i > 0 ? ', ' : ''}<span class="conflict"
                      ><bdi>${c.value}</bdi> (${sourceLinks(c.sources, fmt)})</span
                    >`,
              )}
            </p>`
          : nothing
      }
      ${trend ? draw(trend.node) : nothing}`;
    return { ...view, body };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-indicator': PrimIndicator;
  }
}
