import { FUND_INDICATORS } from '../compute/fund-indicators.js';
import type { ComputeOptions, PipelineRow } from '../compute/results.js';
import type { Feed } from '../schema/types.js';
import type { Formatter } from './formatter.js';
import { funnelWordsFor } from './funnel-words.js';
import { nameOf } from './names.js';
import { cell, unknownCell, type TableView } from './table-view.js';

export const FUNNEL_STAGES = ['applications', 'selected', 'funded'] as const;
export type FunnelStageKey = (typeof FUNNEL_STAGES)[number];

export interface FunnelStageView {
  readonly key: FunnelStageKey;
  readonly label: string;
  /** Undefined when no source gives this stage: drawn as unknown, never as 0. */
  readonly value: number | undefined;
  /** What is written beside the bar: '7 (47 %)', or the word for unknown. */
  readonly text: string;
}

export interface FunnelRowView {
  readonly call: string;
  /** The call's name. */
  readonly label: string;
  readonly stages: readonly FunnelStageView[];
  /** 'Budget : 1 107 000 MAD · 101 371 €', each currency apart. */
  readonly caption: string;
}

/** The fund's calls for projects as every surface shows them: chart rows, summary, table. */
export interface FunnelView {
  readonly title: string;
  readonly rows: readonly FunnelRowView[];
  /** The whole funnel in words: the chart's text alternative. */
  readonly summary: string;
  readonly table: TableView;
  readonly synthetic: boolean;
  readonly sources: string[];
  readonly indicators: readonly string[];
}

/** Budgets one per currency, never added together: '1 107 000 MAD · 101 371 €'. */
function budgetsText(row: PipelineRow, fmt: Formatter): string {
  return row.budgets
    .map((b) => fmt.value(b.amount, { kind: 'currency', currency: b.currency }))
    .join(' · ');
}

/** '7 (47 %)': a later stage also as a share of the applications, when they are known. */
function stageText(row: PipelineRow, stage: FunnelStageKey, fmt: Formatter): string {
  const value = row[stage];
  if (value === undefined) return fmt.words.notKnown;
  const base = row.applications;
  return stage !== 'applications' && base
    ? `${fmt.number(value)} (${fmt.percent(value / base)})`
    : fmt.number(value);
}

const known = (row: PipelineRow) =>
  FUNNEL_STAGES.some((s) => row[s] !== undefined) || row.budgets.length > 0;

/**
 * The funnel of the fund's calls already computed (`fundPipeline`, by the model or
 * published with the feed): applications → selected → funded per call, with each call's budgets in their own
 * currencies. Calls no source says anything about are left out; with a region filter, the
 * region's calls and those of no region.
 */
export function funnelViewOf(
  feed: Feed,
  calls: readonly PipelineRow[],
  options: ComputeOptions,
  fmt: Formatter,
): FunnelView {
  const { words, lang } = fmt;
  const funnel = funnelWordsFor(lang);
  const region = options.filter?.region;
  const pipeline = calls.filter(
    (r) => known(r) && (region === undefined || r.region === undefined || r.region === region),
  );
  const rows: FunnelRowView[] = pipeline.map((r) => ({
    call: r.call,
    label: nameOf(feed, 'call', r.call, lang),
    stages: FUNNEL_STAGES.map((s) => ({
      key: s,
      label: funnel.stage[s],
      value: r[s],
      text: stageText(r, s, fmt),
    })),
    caption: funnel.budget(budgetsText(r, fmt) || words.notKnown),
  }));
  const summary = rows
    .map(
      (r) => `${r.label}: ${r.stages.map((s) => `${s.label} ${s.text}`).join(', ')}; ${r.caption}`,
    )
    .join('. ');
  return {
    title: funnel.funnelTitle,
    rows,
    summary,
    synthetic: pipeline.some((r) => r.synthetic),
    sources: [...new Set(pipeline.flatMap((r) => r.sources))],
    indicators: [
      FUND_INDICATORS.applications,
      FUND_INDICATORS.selected,
      FUND_INDICATORS.funded,
      FUND_INDICATORS.budget,
    ],
    table: {
      caption: funnel.funnelTitle,
      columns: [
        { key: 'call', label: words.column.call },
        { key: 'region', label: words.column.region },
        ...FUNNEL_STAGES.map((s) => ({ key: s, label: funnel.stage[s], numeric: true })),
        { key: 'budget', label: words.column.budget, numeric: true },
      ],
      rows: pipeline.map((r, i) => [
        cell(rows[i]?.label ?? r.call, r.call),
        r.region
          ? cell(nameOf(feed, 'region', r.region, lang), r.region)
          : unknownCell(words.unknown),
        ...FUNNEL_STAGES.map((s) => {
          const v = r[s];
          return v === undefined ? unknownCell(words.notKnown) : cell(fmt.number(v), v);
        }),
        // Raw: one 'amount CUR' per currency, so the CSV never sums currencies either.
        r.budgets.length === 0
          ? unknownCell(words.notKnown)
          : cell(budgetsText(r, fmt), r.budgets.map((b) => `${b.amount} ${b.currency}`).join('; ')),
      ]),
    },
  };
}
