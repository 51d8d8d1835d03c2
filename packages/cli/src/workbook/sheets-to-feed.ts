/**
 * The rows of a workbook → a feed (`prim build`). Pure: the sheets come as text cells with
 * their Excel row numbers, from an .xlsx or a folder of CSV files (workbook-files.ts).
 * Every problem is collected and named by sheet, row and column; then every check of the
 * model (parseFeed) runs on the result and is located the same way.
 */
import {
  FEED_SCHEMA_ID,
  type Feed,
  type FeedIssue,
  parseFeed,
  parsePeriod,
} from '@prim/indicators';
import { readCell } from './cell-values.js';
import { closedList, type Column, type SheetName, SHEETS, type SheetSpec } from './feed-sheets.js';
import { looksPersonal, nameMatcher } from './header-words.js';
import { IssueOrigins } from './issue-origins.js';
import { setPath } from './object-path.js';
import type { Notice, Problem } from './workbook-problem.js';

export interface SheetLine {
  /** 1-based row number as the spreadsheet shows it. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface SheetIn {
  readonly name: string;
  readonly lines: readonly SheetLine[];
}

export type BuildResult =
  | { readonly ok: true; readonly feed: Feed; readonly notices: readonly Notice[] }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly notices: readonly Notice[];
    };

type Json = Record<string, unknown>;

/** Columns a sheet cannot do without (the model's required fields). */
const REQUIRED: Readonly<Record<SheetName, readonly string[]>> = {
  programme: ['field', 'value'],
  regions: ['id'],
  communes: ['id', 'region'],
  profiles: ['id'],
  sexes: ['id'],
  calls: ['id'],
  indicators: ['id', 'kind', 'aggregation'],
  milestones: ['indicator', 'value', 'date'],
  activities: ['id', 'start', 'end'],
  observations: ['indicator', 'period', 'source'],
  sources: ['id', 'title'],
};

/** Sheets the template adds for its drop-down lists; never read. */
export const HELPER_SHEETS = new Set(['lists']);

/** How many lines above the header a title or merged group header may take. */
const HEADER_SEARCH = 10;

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

interface Header {
  readonly index: number;
  /** Column index in the file → the column it holds. */
  readonly columns: ReadonlyMap<number, { readonly column: Column; readonly header: string }>;
  /** Columns whose header was refused: their cells are covered by that one problem. */
  readonly refused: ReadonlySet<number>;
}

/** Builds one feed from sheets; each item remembers its row for the model's messages. */
class FeedBuilder {
  readonly problems: Problem[] = [];
  readonly notices: Notice[] = [];
  readonly origins = new IssueOrigins();
  readonly root: Json = {};
  readonly lists = new Map<SheetName, Json[]>();
  readonly milestones: {
    indicator: string;
    point: Json;
    row: number;
    sheet: string;
    columns: Header['columns'];
  }[] = [];
  /** Rows that already have a problem: the model's complaints about them would repeat it. */
  readonly badRows = new Set<string>();

  problem(p: Problem): void {
    this.problems.push(p);
    if (p.row !== undefined) this.badRows.add(`${p.sheet}:${p.row}`);
  }

  /** The header line: the one naming most known columns among the first lines. */
  header(sheet: string, spec: SheetSpec, lines: readonly SheetLine[]): Header | undefined {
    const names = spec.name === 'programme' ? ['field', 'value'] : spec.columns.map((c) => c.name);
    const match = nameMatcher(names);
    let best: { index: number; count: number } | undefined;
    lines.slice(0, HEADER_SEARCH).forEach((line, index) => {
      const count = new Set(line.cells.map(match).filter(Boolean)).size;
      if (count >= 2 && count > (best?.count ?? 0)) best = { index, count };
    });
    if (!best) {
      this.problem({ sheet, code: 'no-header', value: names.slice(0, 4).join(', ') });
      return undefined;
    }
    const line = lines[best.index] as SheetLine;
    const columns = new Map<number, { column: Column; header: string }>();
    const seen = new Set<string>();
    const refused = new Set<number>();
    line.cells.forEach((raw, i) => {
      const header = raw.trim();
      if (header === '') return;
      const name = match(header);
      const at = { sheet, row: line.row, column: header };
      if (name === undefined || seen.has(name)) refused.add(i);
      if (name === undefined) {
        this.problem({ ...at, code: looksPersonal(header) ? 'personal-column' : 'unknown-column' });
      } else if (seen.has(name)) this.problem({ ...at, code: 'duplicate-column' });
      else {
        seen.add(name);
        const column =
          spec.name === 'programme'
            ? ({ name, path: [name], type: 'text' } as Column)
            : (spec.columns.find((c) => c.name === name) as Column);
        columns.set(i, { column, header });
      }
    });
    for (const name of REQUIRED[spec.name]) {
      if (!seen.has(name))
        this.problem({ sheet, row: line.row, code: 'missing-column', column: name });
    }
    return { index: best.index, columns, refused };
  }

  /** Reads a data line's cells into `item`; true when a cell was read. */
  readLine(sheet: string, spec: SheetSpec, header: Header, line: SheetLine, item: Json): void {
    let parityNo = false;
    line.cells.forEach((raw, i) => {
      if (raw.trim() === '' || header.refused.has(i)) return;
      const at = header.columns.get(i);
      if (!at) {
        this.problem({
          sheet,
          row: line.row,
          code: 'cell-without-header',
          value: raw,
          column: columnLetter(i),
        });
        return;
      }
      const { column } = at;
      const reading = readCell(column.type, raw, closedList(spec.name, column));
      if (!reading.ok) {
        this.problem({
          sheet,
          row: line.row,
          column: at.header,
          code: reading.problem,
          value: raw.trim(),
        });
        return;
      }
      if (column.type === 'presence') {
        if (reading.value === false) parityNo = true;
        else if (item[column.path[0] as string] === undefined) setPath(item, column.path, {});
      } else if (column.path.length > 0) setPath(item, column.path, reading.value);
      else item[''] = reading.value;
    });
    if (parityNo && item.parity !== undefined) {
      this.problem({
        sheet,
        row: line.row,
        column: 'parity_threshold',
        code: 'parity-threshold-without-parity',
      });
    }
  }

  tabular(sheet: string, spec: SheetSpec, lines: readonly SheetLine[]): void {
    const header = this.header(sheet, spec, lines);
    const items: Json[] = [];
    this.lists.set(spec.name, items);
    if (!header) return;
    const columns = [...header.columns.values()];
    for (const line of lines.slice(header.index + 1)) {
      if (isBlank(line.cells)) continue;
      const item: Json = {};
      this.readLine(sheet, spec, header, line, item);
      if (spec.name === 'milestones') {
        const { '': indicator, ...point } = item;
        this.milestones.push({
          indicator: String(indicator ?? ''),
          point,
          row: line.row,
          sheet,
          columns: header.columns,
        });
        continue;
      }
      this.origins.item([...spec.base.slice(0, -1), items.length], {
        sheet,
        row: line.row,
        columns,
      });
      items.push(item);
    }
  }

  programme(sheet: string, spec: SheetSpec, lines: readonly SheetLine[]): void {
    const header = this.header(sheet, spec, lines);
    if (!header) return;
    const at = (name: string) => [...header.columns].find(([, c]) => c.column.name === name)?.[0];
    const fieldAt = at('field');
    const valueAt = at('value');
    if (fieldAt === undefined || valueAt === undefined) return;
    const match = nameMatcher(spec.columns.map((c) => c.name));
    const seen = new Set<string>();
    for (const line of lines.slice(header.index + 1)) {
      if (isBlank(line.cells)) continue;
      const fieldText = (line.cells[fieldAt] ?? '').trim();
      const raw = line.cells[valueAt] ?? '';
      const name = match(fieldText);
      const field = spec.columns.find((c) => c.name === name);
      if (!field) {
        const code = looksPersonal(fieldText) ? 'personal-column' : 'unknown-field';
        this.problem({ sheet, row: line.row, field: fieldText, code, value: fieldText });
        continue;
      }
      if (seen.has(field.name)) {
        this.problem({ sheet, row: line.row, field: field.name, code: 'duplicate-field' });
        continue;
      }
      seen.add(field.name);
      this.origins.field(field.name, { sheet, row: line.row, field: field.name });
      if (raw.trim() === '') continue;
      const reading = readCell(field.type, raw);
      if (!reading.ok) {
        this.problem({
          sheet,
          row: line.row,
          field: field.name,
          code: reading.problem,
          value: raw.trim(),
        });
        continue;
      }
      setPath(this.root, field.path, reading.value);
      this.origins.item(field.path, { sheet, row: line.row, field: field.name });
    }
  }

  /** Milestones join their indicators, in sheet order. */
  attachMilestones(): void {
    const indicators = this.lists.get('indicators') ?? [];
    const hasSheet = this.lists.has('milestones');
    if (hasSheet) for (const ind of indicators) ind.milestones = [];
    for (const m of this.milestones) {
      const index = indicators.findIndex((i) => i.id === m.indicator);
      const ind = indicators[index];
      if (!ind) {
        this.problem({
          sheet: m.sheet,
          row: m.row,
          column: 'indicator',
          code: 'unknown-indicator',
          value: m.indicator,
        });
        continue;
      }
      const list = ind.milestones as Json[];
      this.origins.item(['indicators', index, 'milestones', list.length], {
        sheet: m.sheet,
        row: m.row,
        columns: [...m.columns.values()],
      });
      list.push(m.point);
    }
    // An indicator without milestones has none, rather than an empty list.
    if (hasSheet)
      for (const ind of indicators)
        if ((ind.milestones as Json[]).length === 0) delete ind.milestones;
  }

  /** When as_of is empty: the end of the latest observation, said in a notice. */
  inferAsOf(): void {
    if (this.root.asOf !== undefined) return;
    const ends = (this.lists.get('observations') ?? [])
      .map((o) => parsePeriod(String(o.period ?? ''))?.end)
      .filter((e): e is string => e !== undefined)
      .sort();
    const latest = ends.at(-1);
    if (latest === undefined) return;
    this.root.asOf = latest;
    this.notices.push({ ...this.origins.locate('$.asOf'), code: 'as-of-inferred', value: latest });
  }

  feed(): Json {
    const r = this.root;
    const programme = (r.programme ?? {}) as Json;
    programme.regions ??= [];
    const list = (name: SheetName) => this.lists.get(name);
    const feed: Json = {
      $schema: r.$schema,
      schema: FEED_SCHEMA_ID,
      programme,
      asOf: r.asOf,
      locales: r.locales,
      thresholds: r.thresholds,
      sources: list('sources') ?? [],
      dimensions: {
        region: list('regions') ?? [],
        commune: list('communes'),
        profile: list('profiles'),
        sex: list('sexes'),
        call: list('calls'),
      },
      indicators: list('indicators') ?? [],
      activities: list('activities'),
      observations: list('observations') ?? [],
      note: r.note,
    };
    return JSON.parse(JSON.stringify(feed)) as Json;
  }
}

/** 0 → 'A', 27 → 'AB': how a spreadsheet names a column without a header. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The model's commonest findings get their own translated message; others keep theirs. */
function modelProblem(e: FeedIssue): Pick<Problem, 'code' | 'value' | 'detail'> {
  if (e.code === 'invalid_type' && e.message.startsWith('missing')) return { code: 'required' };
  const unknown = /^unknown ([a-z]+) "(.*)"$/.exec(e.message);
  if (e.code === 'unknown-reference' && unknown) {
    return { code: 'unknown-id', detail: unknown[1] as string, value: unknown[2] as string };
  }
  return { code: 'model', detail: e.message };
}

export function sheetsToFeed(sheets: readonly SheetIn[]): BuildResult {
  const b = new FeedBuilder();
  const matchSheet = nameMatcher(SHEETS.map((s) => s.name));
  const found = new Set<SheetName>();
  for (const sheet of sheets) {
    if (HELPER_SHEETS.has(sheet.name.trim().toLowerCase())) continue;
    const name = matchSheet(sheet.name) as SheetName | undefined;
    const spec = SHEETS.find((s) => s.name === name);
    if (!spec) {
      b.notices.push({ sheet: sheet.name, code: 'unknown-sheet' });
      continue;
    }
    if (found.has(spec.name)) {
      b.problem({ sheet: sheet.name, code: 'duplicate-sheet', value: spec.name });
      continue;
    }
    found.add(spec.name);
    if (spec.name === 'programme') b.programme(sheet.name, spec, sheet.lines);
    else b.tabular(sheet.name, spec, sheet.lines);
  }
  for (const spec of SHEETS) {
    if (!spec.optional && !found.has(spec.name))
      b.problem({ sheet: spec.name, code: 'missing-sheet' });
  }
  b.attachMilestones();
  b.inferAsOf();
  const feed = b.feed();
  const parsed = parseFeed(JSON.stringify(feed));
  for (const w of parsed.warnings) {
    b.notices.push({ ...b.origins.locate(w.path), code: 'model-warning', detail: w.message });
  }
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      const at = b.origins.locate(e.path);
      if (at.row !== undefined && b.badRows.has(`${at.sheet}:${at.row}`)) continue;
      b.problems.push({ ...at, ...modelProblem(e) });
    }
  }
  if (b.problems.length > 0) return { ok: false, problems: b.problems, notices: b.notices };
  return { ok: true, feed: feed as unknown as Feed, notices: b.notices };
}
