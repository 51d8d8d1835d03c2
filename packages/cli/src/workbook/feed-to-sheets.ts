/**
 * A feed → the rows of its workbook (`prim export`), and the empty workbook
 * (`prim template feed`). Pure: the file writers in workbook-files.ts put these rows in
 * an .xlsx or a folder of CSV files.
 */
import type { Feed } from '@prim/indicators';
import { type CellOut, writeCell } from './cell-values.js';
import {
  type Column,
  PROGRAMME_HEADER,
  type SheetName,
  SHEETS,
  type SheetSpec,
} from './feed-sheets.js';
import { getPath } from './object-path.js';

export interface SheetOut {
  readonly name: SheetName;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellOut[])[];
}

const headerOf = (spec: SheetSpec): readonly string[] =>
  spec.name === 'programme' ? PROGRAMME_HEADER : spec.columns.map((c) => c.name);

const rowOf = (columns: readonly Column[], item: unknown): CellOut[] =>
  columns.map((c) => writeCell(c.type, getPath(item, c.path)));

/** The items a sheet lists, or undefined when the feed leaves that optional list out. */
function itemsOf(feed: Feed, spec: SheetSpec): readonly unknown[] | undefined {
  if (spec.name === 'milestones') {
    if (!feed.indicators.some((i) => i.milestones !== undefined)) return undefined;
    // Each milestone carries its indicator's id in the first (path-less) column.
    return feed.indicators.flatMap((i) => (i.milestones ?? []).map((m) => ({ ...m, '': i.id })));
  }
  return getPath(feed, spec.base.slice(0, -1)) as readonly unknown[] | undefined;
}

export function feedToSheets(feed: Feed): SheetOut[] {
  const out: SheetOut[] = [];
  for (const spec of SHEETS) {
    if (spec.name === 'programme') {
      const rows = spec.columns.map((f) => [f.name, writeCell(f.type, getPath(feed, f.path))]);
      out.push({ name: spec.name, header: headerOf(spec), rows });
      continue;
    }
    const items = itemsOf(feed, spec);
    if (items === undefined && spec.optional) continue;
    const columns = spec.columns.map((c) => (c.path.length === 0 ? { ...c, path: [''] } : c));
    out.push({
      name: spec.name,
      header: headerOf(spec),
      rows: (items ?? []).map((item) => rowOf(columns, item)),
    });
  }
  return out;
}

/** Every sheet with its header and no data; the programme sheet lists its fields. */
export function templateSheets(): SheetOut[] {
  return SHEETS.map((spec) => ({
    name: spec.name,
    header: headerOf(spec),
    rows: spec.name === 'programme' ? spec.columns.map((f) => [f.name, '']) : [],
  }));
}
