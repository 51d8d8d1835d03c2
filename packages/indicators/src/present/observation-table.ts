import { observationReading } from '../compute/observation-reading.js';
import type { ComputeOptions, Dimension } from '../compute/results.js';
import { tableObservations, type TableObservation } from '../compute/table-observations.js';
import type { Feed, Indicator } from '../schema/types.js';
import { localize } from '../text.js';
import { boundText, type Formatter } from './formatter.js';
import { nameOf } from './names.js';
import { sourceTitleOf } from './source-title.js';
import { cell, type Cell, type Column, type TableView } from './table-view.js';

const DIMENSIONS: readonly Dimension[] = [
  'region',
  'commune',
  'activity',
  'call',
  'profile',
  'sex',
];

/** The value as written: '< 5' for a withheld small count (never 0), '≈' and '≥' kept. */
function valueCell(o: TableObservation, ind: Indicator, fmt: Formatter): Cell {
  const reading = observationReading(o);
  const text = boundText(reading, fmt, ind, o.currency);
  return o.suppressed ? cell(text, `<${o.suppressed.below}`) : cell(text, reading.value);
}

/** The source's title in the reader's language when the feed has it, else marked; CSV: its id. */
function sourceCell(feed: Feed, id: string, fmt: Formatter): Cell {
  const title = sourceTitleOf(feed, id, fmt);
  return { ...cell(title.text, id), ...title };
}

/** The observations of one indicator, with the sources and synthetic mark they carry. */
export interface ObservationTableView extends TableView {
  readonly synthetic: boolean;
  readonly sources: string[];
}

/**
 * The observations of one indicator as a tidy table: period, the dimensions that are used,
 * value, source, and a 'synthetic' column when any row is synthetic. Every surface that
 * lists observations (the <prim-table> element, the dashboard) shows this.
 */
export function observationTable(
  feed: Feed,
  ind: Indicator,
  options: ComputeOptions,
  fmt: Formatter,
): ObservationTableView {
  return observationTableOf(feed, ind, tableObservations(feed, ind.id, options), fmt);
}

/**
 * The table of observations already selected and sorted (`tableObservations`, or their
 * published copy): `feed` names the dimension values and sources, its head is enough.
 */
export function observationTableOf(
  feed: Feed,
  ind: Indicator,
  rows: readonly TableObservation[],
  fmt: Formatter,
): ObservationTableView {
  const { words, lang } = fmt;
  const dims = DIMENSIONS.filter((d) => rows.some((o) => o[d] !== undefined));
  const synthetic = rows.some((o) => o.synthetic);
  const columns: Column[] = [
    { key: 'period', label: words.column.period },
    ...dims.map((d) => ({ key: d, label: words.column[d] })),
    { key: 'value', label: words.column.value, numeric: true },
    { key: 'source', label: words.column.source },
    ...(synthetic ? [{ key: 'synthetic', label: words.column.synthetic }] : []),
  ];
  return {
    caption: localize(ind.name, lang),
    columns,
    rows: rows.map((o) => [
      cell(fmt.period(o.period), o.period),
      ...dims.map((d) => {
        const id = o[d];
        return id === undefined
          ? cell(words.unknown, undefined)
          : cell(nameOf(feed, d, id, lang), id);
      }),
      valueCell(o, ind, fmt),
      sourceCell(feed, o.source, fmt),
      ...(synthetic ? [o.synthetic ? cell(words.yes, 'true') : cell('', 'false')] : []),
    ]),
    synthetic,
    sources: [...new Set(rows.map((o) => o.source))],
  };
}
