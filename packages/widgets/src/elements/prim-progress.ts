import { html, type PropertyDeclarations } from 'lit';
import { findIndicator } from '../base/find-indicator.js';
import { PrimElement } from '../base/prim-element.js';
import { markStyles } from '../styles/mark-styles.js';
import { progressRow } from '@prim/indicators/present';
import type { View, WidgetContext } from '../base/view.js';
import { bulletChart } from '../charts/bullet-chart.js';
import { draw } from '../charts/marks/draw.js';
import { cell } from '../table/table-data.js';

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
    const { feed, options, msgs, fmt } = ctx;
    const ids = this.indicators?.trim().split(/\s+/).filter(Boolean);
    const chosen = ids
      ? ids.map((id) => findIndicator(ctx, id))
      : feed.indicators.filter((i) => i.target !== undefined);
    const rows = chosen
      .map((ind) => progressRow(ind, ctx.read.progress(ind.id, options), fmt))
      .map((r) => ({
        ...r,
        ind: r.indicator,
        p: r.progress,
        actual: r.value,
      }));
    const title = msgs.progressTitle;
    const summary = rows
      .map(
        (r) =>
          `${r.name}: ${fmt.percent(r.p.completion)} (${fmt.label(fmt.words.status[r.p.status])})`,
      )
      .join('; ');
    const label = `${title}. ${summary}`;
    const chart = bulletChart(
      rows.map((r) => ({
        label: r.name,
        completion: r.p.completion,
        expectedCompletion: r.p.expectedCompletion,
        status: r.p.status,
        caption: r.caption,
      })),
      ctx,
      label,
    );
    return {
      title,
      empty: rows.length === 0 || rows.every((r) => r.p.actual === undefined),
      body: html`${draw(chart)}`,
      hasChart: true,
      charts: [{ node: chart, label }],
      synthetic: rows.some((r) => r.p.synthetic),
      sources: [...new Set(rows.flatMap((r) => r.p.sources))],
      indicators: rows.map((r) => r.ind.id),
      table: {
        caption: title,
        columns: [
          { key: 'indicator', label: msgs.column.indicator },
          { key: 'actual', label: msgs.column.actual, numeric: true },
          { key: 'target', label: msgs.column.target, numeric: true },
          { key: 'expected', label: msgs.column.expected, numeric: true },
          { key: 'completion', label: msgs.column.completion, numeric: true },
          { key: 'status', label: msgs.column.status },
          { key: 'period', label: msgs.column.period },
        ],
        rows: rows.map((r) => [
          cell(r.name, r.ind.id),
          cell(r.actual, r.p.actual),
          cell(r.target, r.p.target),
          cell(r.expected, r.p.expected),
          cell(fmt.percent(r.p.completion), r.p.completion),
          cell(fmt.label(fmt.words.status[r.p.status]), r.p.status),
          cell(
            r.p.actualPeriod ? fmt.period(r.p.actualPeriod) : fmt.words.unknown,
            r.p.actualPeriod,
          ),
        ]),
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-progress': PrimProgress;
  }
}
