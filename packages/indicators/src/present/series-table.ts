import type { SeriesPoint } from '../compute/results.js';
import type { Feed, Indicator } from '../schema/types.js';
import { localize } from '../text.js';
import { valueText, type Formatter } from './formatter.js';
import { sourceTitles } from './source-title.js';
import { cell, type TableView } from './table-view.js';

/**
 * The reported values of an indicator over time (the model's `series` by period), each with
 * its bound and the titles of its sources: the table behind an indicator card.
 */
export function seriesTable(
  feed: Feed,
  ind: Indicator,
  points: readonly SeriesPoint[],
  fmt: Formatter,
): TableView {
  const { column } = fmt.words;
  return {
    caption: localize(ind.name, fmt.lang),
    columns: [
      { key: 'period', label: column.period },
      { key: 'value', label: column.value, numeric: true },
      { key: 'source', label: column.source },
    ],
    rows: points.map((pt) => [
      cell(fmt.period(pt.period), pt.period),
      cell(valueText(pt, fmt, ind), pt.value),
      // The CSV names sources by id, as the observation table does: the same in every language.
      cell(sourceTitles(feed, pt.sources, fmt), pt.sources.join('; ')),
    ]),
  };
}
