import { labelledColumns, progressRow, statusWordsFor } from '@prim/indicators/present';
import { findIndicator } from '../base/find-indicator.js';
import { bulletChart } from '../charts/bullet-chart.js';
import { cell } from '../table/table-data.js';
import type { WidgetContext, WidgetView } from './widget-view.js';
import { indicatorMessages } from '../i18n/indicator-messages.js';

export interface ProgressViewOptions {
  /** Space-separated indicator ids; default: every indicator with a target. */
  readonly indicators?: string;
}

/** Several indicators against their targets, as bullet charts and a table. */
export function progressWidgetView(
  ctx: WidgetContext,
  { indicators }: ProgressViewOptions = {},
): WidgetView {
  const { feed, options, msgs, fmt } = ctx;
  const ids = indicators?.trim().split(/\s+/).filter(Boolean);
  const chosen = ids
    ? ids.map((id) => findIndicator(ctx, id))
    : feed.indicators.filter((i) => i.target !== undefined);
  const rows = chosen.map((ind) => progressRow(ind, ctx.read.progress(ind.id, options), fmt));
  const title = indicatorMessages(ctx.lang).progressTitle;
  const summary = rows
    .map(
      (r) =>
        `${r.name}: ${fmt.percent(r.progress.completion)} (${fmt.label(statusWordsFor(fmt.lang)[r.progress.status])})`,
    )
    .join('; ');
  const label = `${title}. ${summary}`;
  const chart = bulletChart(
    rows.map((r) => ({
      label: r.name,
      completion: r.progress.completion,
      expectedCompletion: r.progress.expectedCompletion,
      status: r.progress.status,
      caption: r.caption,
    })),
    ctx,
    label,
  );
  return {
    title,
    empty: rows.length === 0 || rows.every((r) => r.progress.actual === undefined),
    hasChart: true,
    charts: [{ node: chart, label }],
    synthetic: rows.some((r) => r.progress.synthetic),
    sources: [...new Set(rows.flatMap((r) => r.progress.sources))],
    indicators: rows.map((r) => r.indicator.id),
    table: {
      caption: title,
      columns: labelledColumns(
        msgs.column,
        ['indicator', 'actual', 'target', 'expected', 'completion', 'status', 'period'],
        ['actual', 'target', 'expected', 'completion'],
      ),
      rows: rows.map(({ name, indicator, progress: p, value, target, expected }) => [
        cell(name, indicator.id),
        cell(value, p.actual),
        cell(target, p.target),
        cell(expected, p.expected),
        cell(fmt.percent(p.completion), p.completion),
        cell(fmt.label(statusWordsFor(fmt.lang)[p.status]), p.status),
        cell(p.actualPeriod ? fmt.period(p.actualPeriod) : fmt.words.unknown, p.actualPeriod),
      ]),
    },
  };
}
