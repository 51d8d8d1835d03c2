import type { PipelineRow } from '@prim/indicators';
import { css, html } from 'lit';
import { nameOf, type Formatter } from '@prim/indicators/present';
import { PrimElement } from '../base/prim-element.js';
import type { View, WidgetContext } from '../base/view.js';
import { funnelChart, type FunnelRow } from '../charts/funnel-chart.js';
import type { Messages } from '../i18n/messages.js';
import { chartStyles } from '../styles/chart-styles.js';
import { cell, unknownCell } from '../table/table-data.js';

const STAGES = ['applications', 'selected', 'funded'] as const;

/** Budgets one per currency, never added together: '1 107 000 MAD · 101 371 €'. */
function budgetsText(row: PipelineRow, fmt: Formatter): string {
  return row.budgets
    .map((b) => fmt.value(b.amount, { kind: 'currency', currency: b.currency }))
    .join(' · ');
}

/** '7 (47 %)': a later stage also as a share of the applications, when they are known. */
function stageText(row: PipelineRow, stage: (typeof STAGES)[number], fmt: Formatter): string {
  const value = row[stage];
  if (value === undefined) return '';
  const base = row.applications;
  return stage !== 'applications' && base
    ? `${fmt.number(value)} (${fmt.percent(value / base)})`
    : fmt.number(value);
}

const known = (row: PipelineRow) =>
  STAGES.some((s) => row[s] !== undefined) || row.budgets.length > 0;

function captionOf(row: PipelineRow, fmt: Formatter, msgs: Messages): string {
  const budgets = budgetsText(row, fmt);
  return msgs.budget(budgets || msgs.unknown);
}

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
    const { feed, options, lang, msgs, fmt } = ctx;
    const region = options.filter?.region;
    const pipeline = ctx.read
      .fundPipeline(options)
      .filter(
        (r) => known(r) && (region === undefined || r.region === undefined || r.region === region),
      );
    const rows: FunnelRow[] = pipeline.map((r) => ({
      label: nameOf(feed, 'call', r.call, lang),
      stages: STAGES.map((s) => ({
        key: s,
        label: msgs.stage[s],
        value: r[s],
        text: stageText(r, s, fmt),
      })),
      caption: captionOf(r, fmt, msgs),
    }));
    const title = msgs.funnelTitle;
    const summary = rows
      .map(
        (r) =>
          `${r.label}: ${r.stages.map((s) => `${s.label} ${s.value === undefined ? msgs.unknown : s.text}`).join(', ')}; ${r.caption}`,
      )
      .join('. ');
    const label = `${title}. ${summary}`;
    const chart = funnelChart(rows, ctx, label);
    return {
      title,
      empty: rows.length === 0,
      body: html`${chart}`,
      charts: [{ template: chart, label }],
      synthetic: pipeline.some((r) => r.synthetic),
      sources: [...new Set(pipeline.flatMap((r) => r.sources))],
      indicators: ['fund-applications', 'fund-selected', 'fund-funded', 'fund-budget'],
      hasChart: true,
      table: {
        caption: title,
        columns: [
          { key: 'call', label: msgs.column.call },
          { key: 'region', label: msgs.column.region },
          ...STAGES.map((s) => ({ key: s, label: msgs.stage[s], numeric: true })),
          { key: 'budget', label: msgs.column.budget, numeric: true },
        ],
        rows: pipeline.map((r, i) => [
          cell(rows[i]?.label ?? r.call, r.call),
          r.region
            ? cell(nameOf(feed, 'region', r.region, lang), r.region)
            : unknownCell(fmt.words.unknown),
          ...STAGES.map((s) => {
            const v = r[s];
            return v === undefined ? unknownCell(msgs.unknown) : cell(fmt.number(v), v);
          }),
          // Raw: one 'amount CUR' per currency, so the CSV never sums currencies either.
          r.budgets.length === 0
            ? unknownCell(msgs.unknown)
            : cell(
                budgetsText(r, fmt),
                r.budgets.map((b) => `${b.amount} ${b.currency}`).join('; '),
              ),
        ]),
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-funnel': PrimFunnel;
  }
}
