import * as aq from 'arquero';
import { contextOf } from '../compute/context.js';
import { DIMENSIONS } from '../compute/cells.js';
import type { Dimension } from '../compute/results.js';
import type { Feed, Lang, Text } from '../schema/types.js';
import { localize } from '../text.js';

export interface ObservationsTableOptions {
  /** Language of the `*_name` columns; default 'fr'. */
  readonly lang?: Lang;
}

type Named = ReadonlyArray<{ id: string; name: Text }> | undefined;

/** The ids and names of each dimension, as `{ [dim]: id, [dim_name]: name }` tables. */
function nameTables(feed: Feed, lang: Lang): Array<[string, aq.ColumnTable]> {
  const d = feed.dimensions;
  const lists: Record<Dimension | 'indicator', Named> = {
    indicator: feed.indicators,
    region: d.region,
    commune: d.commune,
    call: d.call,
    activity: feed.activities,
    profile: d.profile,
    sex: d.sex,
  };
  return Object.entries(lists).flatMap(([dim, list]) =>
    list && list.length > 0
      ? [
          [
            dim,
            aq.from(list.map((x) => ({ [dim]: x.id, [`${dim}_name`]: localize(x.name, lang) }))),
          ] as [string, aq.ColumnTable],
        ]
      : [],
  );
}

/**
 * Every observation as one tidy row: `index` (in `feed.observations`), `indicator`,
 * `period`, `start`, `end`, `value`, `numerator`, `denominator`, `suppressed_below`,
 * `qualifier`, `currency`, one column per dimension (a commune's, call's or activity's
 * region filled in), `source`, `synthetic`, plus `<dimension>_name` columns in `lang`.
 *
 * Good for exploring and exporting. Aggregate with `aggregate`/`crossTab`, not by summing
 * this table: it holds totals beside their parts and stocks at several dates.
 */
export function observationsTable(
  feed: Feed,
  options: ObservationsTableOptions = {},
): aq.ColumnTable {
  const ctx = contextOf(feed);
  const rows = [...ctx.cells.values()]
    .flat()
    .sort((a, b) => a.index - b.index)
    .map((c) => {
      const o = c.obs;
      const row: Record<string, unknown> = {
        index: c.index,
        indicator: o.indicator,
        period: o.period,
        start: c.period.start,
        end: c.period.end,
        value: o.value,
        numerator: o.numerator,
        denominator: o.denominator,
        suppressed_below: o.suppressed?.below,
        qualifier: o.qualifier,
        currency: o.currency,
      };
      for (const d of DIMENSIONS) row[d] = c.values[d];
      row.source = o.source;
      row.synthetic = o.synthetic === true;
      return row;
    });
  let table = aq.from(rows);
  if (rows.length === 0) return table;
  for (const [dim, names] of nameTables(feed, options.lang ?? 'fr')) {
    table = table.lookup(names, dim, `${dim}_name`);
  }
  return table;
}
