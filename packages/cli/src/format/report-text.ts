import {
  type Flag,
  type IndicatorsReport,
  type LaterFigures,
  type ParityResult,
  type Progress,
  type Provenance,
} from '@prim/indicators';
import {
  boundText,
  DEFAULT_LOCALES,
  formatterFor,
  parityWordsFor,
  statusWordsFor,
  valueText,
  type Formatter,
} from '@prim/indicators/present';
import type { FeedLookup } from './feed-lookup.js';
import type { FlagCells } from './flag-sayer.js';
import { type Labels, labelsFor, type OutputLang } from './labels.js';
import { renderTable, truncate } from './table.js';

export interface ReportTextOptions {
  readonly lang?: OutputLang;
  /** The Intl locale (the feed's `locales`, else the default of the language). */
  readonly locale?: string;
  /** Names and kinds from the feed; without it, ids are shown and values as plain numbers. */
  readonly lookup?: FeedLookup;
  /** The code and message cells of a flag; without it, the model's code and English message. */
  readonly sayFlag?: (flag: Flag) => FlagCells;
}

type Row = IndicatorsReport['indicators'][number];

/** Feed names can be long; the tables stay readable in an 80–120 column terminal. */
const NAME_WIDTH = 40;

interface Context {
  readonly lang: OutputLang;
  /** The same words and numbers as the widgets and the dashboard. */
  readonly fmt: Formatter;
  readonly labels: Labels;
  readonly lookup: FeedLookup | undefined;
  readonly sayFlag: (flag: Flag) => FlagCells;
}

function valueFormatter(ctx: Context, id: string): (v: number | undefined) => string {
  const info = ctx.lookup?.indicator(id);
  return (v) => ctx.fmt.value(v, info);
}

function notes(ctx: Context, p: Provenance & Partial<Pick<Progress, 'conflicts'>>): string {
  const marks: string[] = [];
  if (p.synthetic) marks.push(ctx.labels.synthetic);
  if ((p.conflicts?.length ?? 0) > 0) marks.push(ctx.labels.conflict);
  return marks.join(' ');
}

function indicatorsTable(ctx: Context, rows: readonly Row[]): string {
  const c = ctx.labels.columns;
  const body = rows.map((row) => {
    const value = valueFormatter(ctx, row.id);
    const { fmt } = ctx;
    return [
      row.id,
      boundText(row.reading, fmt, ctx.lookup?.indicator(row.id)),
      // A sum names every period it adds up, not only its last one.
      row.reading.span ? fmt.span(row.reading.span) : '',
      value(row.target),
      fmt.percent(row.completion),
      value(row.expected),
      statusWordsFor(fmt.lang)[row.status],
      notes(ctx, row),
    ];
  });
  return renderTable(
    [
      { header: c.id },
      { header: c.actual, align: 'right' },
      { header: c.period },
      { header: c.target, align: 'right' },
      { header: c.completion, align: 'right' },
      { header: c.expected, align: 'right' },
      { header: c.status },
      { header: c.notes },
    ],
    body,
  );
}

function parityTable(ctx: Context, rows: readonly ParityResult[]): string {
  const c = ctx.labels.columns;
  const names = rows.map((row) => ctx.lookup?.activity(row.activity)?.name ?? '');
  // Without names from the feed, an empty column would only waste width.
  const withNames = names.some((n) => n !== '');
  const body = rows.map((row, i) => [
    row.activity,
    ...(withNames ? [truncate(names[i] ?? '', NAME_WIDTH)] : []),
    ctx.fmt.number(row.women),
    ctx.fmt.number(row.men),
    valueText({ ...row, value: row.shareWomen, suppressed: false }, ctx.fmt, { kind: 'ratio' }),
    ctx.fmt.percent(row.threshold),
    parityWordsFor(ctx.fmt.lang).parityStatus[row.status],
    ctx.labels.basis[row.basis],
    notes(ctx, row),
  ]);
  return renderTable(
    [
      { header: c.activity },
      ...(withNames ? [{ header: c.name }] : []),
      { header: c.women, align: 'right' },
      { header: c.men, align: 'right' },
      { header: c.shareWomen, align: 'right' },
      { header: c.threshold, align: 'right' },
      { header: c.status },
      { header: c.basis },
      { header: c.notes },
    ],
    body,
  );
}

function flagsTable(ctx: Context, flags: readonly Flag[]): string {
  const c = ctx.labels.columns;
  return renderTable(
    [{ header: c.code }, { header: c.message }],
    flags.map((f) => ctx.sayFlag(f)),
  );
}

function laterTable(ctx: Context, later: readonly LaterFigures[]): string {
  const c = ctx.labels.columns;
  return renderTable(
    [{ header: c.id }, { header: c.count, align: 'right' }, { header: c.period }],
    later.map((l) => [l.indicator, ctx.fmt.number(l.count), ctx.fmt.span(l.span)]),
  );
}

function section(title: string, count: number, table: () => string, none: string): string {
  return `${title}\n\n${count === 0 ? `${none}\n` : table()}`;
}

/** The text `prim indicators` prints: the asOf line, three tables, and a synthetic-data note. */
export function formatReportText(
  report: IndicatorsReport,
  options: ReportTextOptions = {},
): string {
  const lang = options.lang ?? 'en';
  const ctx: Context = {
    lang,
    fmt: formatterFor(lang, options.locale ?? DEFAULT_LOCALES[lang]),
    labels: labelsFor(lang),
    lookup: options.lookup,
    sayFlag: options.sayFlag ?? ((flag) => [flag.code, flag.message]),
  };
  const { labels } = ctx;
  const parts = [
    `${labels.asOf(report.asOf)}\n`,
    section(
      labels.indicators,
      report.indicators.length,
      () => indicatorsTable(ctx, report.indicators),
      labels.none,
    ),
    section(
      labels.parity,
      report.parity.length,
      () => parityTable(ctx, report.parity),
      labels.none,
    ),
    section(labels.flags, report.flags.length, () => flagsTable(ctx, report.flags), labels.none),
  ];
  // A report at an earlier date than the feed's says what it left out, and when it is from.
  if (report.later.length > 0) {
    parts.push(`${labels.later(report.asOf)}\n\n${laterTable(ctx, report.later)}`);
  }
  const synthetic =
    report.indicators.some((i) => i.synthetic) || report.parity.some((p) => p.synthetic);
  if (synthetic) parts.push(`${labels.syntheticNote}\n`);
  return parts.join('\n');
}
