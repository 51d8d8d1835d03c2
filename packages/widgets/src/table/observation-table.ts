import {
  codeUnitOrder,
  localize,
  observationReading,
  parsePeriod,
  type ComputeOptions,
  type Dimension,
  type Feed,
  type Indicator,
  type Lang,
  type Observation,
} from '@prim/indicators';
import { boundText, nameOf, sourceTitles, type Formatter } from '@prim/indicators/present';
import type { Messages } from '../i18n/messages.js';
import { cell, type Cell, type Column, type TableData } from './table-data.js';

const DIMENSIONS: readonly Dimension[] = [
  'region',
  'commune',
  'activity',
  'call',
  'profile',
  'sex',
];

/**
 * True when an observation falls within the widget's filters and its period was over by the
 * as-of date (the model's rule: a figure for a period not yet over is not used).
 */
export function selected(feed: Feed, o: Observation, options: ComputeOptions): boolean {
  const { region, commune } = options.filter ?? {};
  if (commune && o.commune !== commune) return false;
  if (region) {
    const communeRegion = feed.dimensions.commune?.find((c) => c.id === o.commune)?.region;
    if ((o.region ?? communeRegion) !== region) return false;
  }
  const asOf = options.asOf ?? feed.asOf;
  const p = parsePeriod(o.period);
  return p !== undefined && p.end <= asOf;
}

/** The value as written: '< 5' for a withheld small count (never 0), '≈' and '≥' kept. */
function valueCell(o: Observation, ind: Indicator, fmt: Formatter): Cell {
  const reading = observationReading(o);
  const text = boundText(reading, fmt, ind, o.currency);
  return o.suppressed ? cell(text, `<${o.suppressed.below}`) : cell(text, reading.value);
}

/**
 * The observations of one indicator as a tidy table: period, the dimensions that are used,
 * value, source, and a 'synthetic' column when any row is synthetic.
 */
export function observationTable(
  feed: Feed,
  ind: Indicator,
  options: ComputeOptions,
  lang: Lang,
  fmt: Formatter,
  msgs: Messages,
): TableData & { synthetic: boolean; sources: string[] } {
  const rows = feed.observations
    .filter((o) => o.indicator === ind.id && selected(feed, o, options))
    .sort((a, b) => codeUnitOrder(a.period, b.period));
  const dims = DIMENSIONS.filter((d) => rows.some((o) => o[d] !== undefined));
  const synthetic = rows.some((o) => o.synthetic);
  const columns: Column[] = [
    { key: 'period', label: msgs.column.period },
    ...dims.map((d) => ({ key: d, label: msgs.column[d] })),
    { key: 'value', label: msgs.column.value, numeric: true },
    { key: 'source', label: msgs.column.source },
    ...(synthetic ? [{ key: 'synthetic', label: msgs.column.synthetic }] : []),
  ];
  return {
    caption: localize(ind.name, lang),
    columns,
    rows: rows.map((o) => [
      cell(fmt.period(o.period), o.period),
      ...dims.map((d) => {
        const id = o[d];
        return id === undefined
          ? cell(fmt.words.unknown, undefined)
          : cell(nameOf(feed, d, id, lang), id);
      }),
      valueCell(o, ind, fmt),
      cell(sourceTitles(feed, [o.source]), o.source),
      ...(synthetic ? [o.synthetic ? cell(msgs.yes, 'true') : cell('', 'false')] : []),
    ]),
    synthetic,
    sources: [...new Set(rows.map((o) => o.source))],
  };
}
