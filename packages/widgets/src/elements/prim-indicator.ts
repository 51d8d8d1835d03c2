import { localize } from '@prim/indicators';
import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { findIndicator } from '../base/find-indicator.js';
import { markStyles } from '../styles/mark-styles.js';
import { PrimElement } from '../base/prim-element.js';
import { indicatorCard, ratioText, seriesTable, uniqueSources } from '@prim/indicators/present';
import { sourceLinks } from '../base/source-links.js';
import type { View, ViewChart, WidgetContext } from '../base/view.js';
import { bulletChart } from '../charts/bullet-chart.js';
import { draw } from '../charts/marks/draw.js';
import { sparkline } from '../charts/sparkline.js';
import { statusIcon } from '../charts/status-icon.js';

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
    const { feed, options, lang, msgs, fmt } = ctx;
    const ind = findIndicator(ctx, this.indicator);
    const p = ctx.read.progress(ind.id, options);
    const points = ctx.read.series(ind.id, options);
    const name = localize(ind.name, lang);
    const unit = ind.kind === 'count' ? localize(ind.unit, lang) : '';
    const said = indicatorCard(p, fmt, ind);
    const actual = said.value;
    const known = points.filter((pt) => pt.value !== undefined);
    const empty = p.actual === undefined && known.length === 0;

    // An expected count is read as whole units: 'expected 94 projects', not 93.7.
    const expectedValue =
      p.expected !== undefined && ind.kind === 'count' ? Math.round(p.expected) : p.expected;
    const expected =
      expectedValue === undefined ? '' : ` · ${msgs.expectedByNow(fmt.value(expectedValue, ind))}`;
    const caption = `${ratioText(actual, fmt.value(p.target, ind), lang)}${expected}`;
    const table = seriesTable(feed, ind, points, fmt);
    // A value several sources agree on lists them all: each is shown by its title.
    const conflicts = p.conflicts.flatMap((c) =>
      c.values.map((v) => ({
        value: fmt.value(v.value, ind),
        sources: uniqueSources(feed, v.sources),
      })),
    );

    // The heading already names the indicator: the bullet says only its reading.
    const bulletLabel = `${msgs.completion} ${fmt.percent(p.completion)} · ${fmt.label(fmt.words.status[p.status])}${expected}`;
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

    const body = html`<p class="value">
        <span part="value">${actual}</span>
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
        <span>${fmt.label(fmt.words.status[p.status])}</span>
        ${
          p.completion !== undefined
            ? html`<span>· ${msgs.completion} ${fmt.percent(p.completion)}</span>`
            : nothing
        }
      </p>
      ${bullet ? html`<div class="chart">${draw(bullet.node)}</div>` : nothing}
      ${said.span ? html`<p class="muted" part="span">${msgs.period(said.span)}</p>` : nothing}
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

    return {
      title: name,
      body,
      empty,
      hasChart: p.target !== undefined || known.length >= 2,
      charts: [bullet, trend].filter((c): c is ViewChart => c !== undefined),
      synthetic: p.synthetic || points.some((pt) => pt.synthetic),
      sources: [...new Set([...p.sources, ...points.flatMap((pt) => pt.sources)])],
      indicators: [ind.id],
      table,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-indicator': PrimIndicator;
  }
}
