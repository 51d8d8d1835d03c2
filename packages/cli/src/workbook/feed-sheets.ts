/**
 * Where every field of a `prim-feed/1` document lives in a workbook: one sheet per part of
 * the feed, one column per field (the programme sheet has one row per field instead).
 * Both directions (export and build) read this one table, so they cannot drift; a test
 * walks the JSON Schema and fails when a schema field has no column here.
 */

/** How a cell's text is read and written. */
export type CellType =
  | 'text' // free text, kept verbatim; a blank cell is an absent field
  | 'id' // an identifier or code, trimmed
  | 'ids' // comma-separated identifiers
  | 'number'
  | 'integer'
  | 'boolean' // yes / no
  | 'presence' // yes: the object at the path exists (e.g. `parity: {}`)
  | 'date' // a calendar date: ISO text, dd/mm/yyyy or an Excel date
  | 'period';

export type SheetName =
  | 'programme'
  | 'regions'
  | 'communes'
  | 'profiles'
  | 'sexes'
  | 'calls'
  | 'indicators'
  | 'milestones'
  | 'activities'
  | 'observations'
  | 'sources';

export interface Column {
  /** Canonical English header (row 1 of each sheet), or the field name on the programme sheet. */
  readonly name: string;
  /** Where the value goes inside the sheet's item (from the feed's root for the programme). */
  readonly path: readonly string[];
  readonly type: CellType;
  /** A closed list of values (drop-down in the workbook). */
  readonly options?: readonly string[];
  /** The ids this column names are defined on that sheet (drop-down in the workbook). */
  readonly ref?: SheetName;
}

export interface SheetSpec {
  readonly name: SheetName;
  /** Where the sheet's items live in the feed; '[]' marks a list. */
  readonly base: readonly string[];
  readonly columns: readonly Column[];
  /** An optional sheet that is absent leaves its list absent (not empty) in the feed. */
  readonly optional: boolean;
}

const col = (
  name: string,
  type: CellType,
  extra: { path?: readonly string[]; options?: readonly string[]; ref?: SheetName } = {},
): Column => ({ name, path: extra.path ?? [name], type, ...extra });

/** name_fr, name_ar, name_en → a text object at `path`. */
const texts = (prefix: string, path: readonly string[] = [prefix]): Column[] =>
  (['fr', 'ar', 'en'] as const).map((lang) =>
    col(`${prefix}_${lang}`, 'text', { path: [...path, lang] }),
  );

/** A baseline, target or milestone point: value, date, region, source, note. */
const point = (prefix: string, valueName = prefix): Column[] => [
  col(valueName, 'number', { path: [prefix, 'value'] }),
  col(`${prefix}_date`, 'date', { path: [prefix, 'date'] }),
  col(`${prefix}_region`, 'id', { path: [prefix, 'region'], ref: 'regions' }),
  col(`${prefix}_source`, 'id', { path: [prefix, 'source'], ref: 'sources' }),
  col(`${prefix}_note`, 'text', { path: [prefix, 'note'] }),
];

/** The programme sheet: two columns, field and value, one row per field below. */
const PROGRAMME_FIELDS: readonly Column[] = [
  col('id', 'id', { path: ['programme', 'id'] }),
  ...texts('name', ['programme', 'name']),
  col('start', 'date', { path: ['programme', 'start'] }),
  col('end', 'date', { path: ['programme', 'end'] }),
  col('budget', 'number', { path: ['programme', 'budget', 'amount'] }),
  col('currency', 'id', { path: ['programme', 'budget', 'currency'] }),
  col('funder', 'text', { path: ['programme', 'funder'] }),
  col('implementer', 'text', { path: ['programme', 'implementer'] }),
  col('url', 'text', { path: ['programme', 'url'] }),
  col('regions', 'ids', { path: ['programme', 'regions'] }),
  col('as_of', 'date', { path: ['asOf'] }),
  ...texts('note'),
  ...(['fr', 'ar', 'en'] as const).map((l) => col(`locale_${l}`, 'id', { path: ['locales', l] })),
  col('threshold_on_track', 'number', { path: ['thresholds', 'onTrack'] }),
  col('threshold_at_risk', 'number', { path: ['thresholds', 'atRisk'] }),
  col('threshold_parity', 'number', { path: ['thresholds', 'parity'] }),
  col('threshold_stale_after_days', 'integer', { path: ['thresholds', 'staleAfterDays'] }),
  col('json_schema', 'text', { path: ['$schema'] }),
];

const named = (
  name: SheetName,
  base: readonly string[],
  extra: Column[] = [],
  optional = true,
): SheetSpec => ({
  name,
  base,
  columns: [col('id', 'id'), ...texts('name'), ...extra],
  optional,
});

export const SHEETS: readonly SheetSpec[] = [
  { name: 'programme', base: [], columns: PROGRAMME_FIELDS, optional: false },
  named('regions', ['dimensions', 'region', '[]'], [], false),
  named(
    'communes',
    ['dimensions', 'commune', '[]'],
    [col('region', 'id', { ref: 'regions' }), col('kind', 'text')],
  ),
  named('profiles', ['dimensions', 'profile', '[]']),
  named('sexes', ['dimensions', 'sex', '[]']),
  named(
    'calls',
    ['dimensions', 'call', '[]'],
    [col('region', 'id', { ref: 'regions' }), col('opened', 'date'), col('closed', 'date')],
  ),
  {
    name: 'indicators',
    base: ['indicators', '[]'],
    optional: false,
    columns: [
      col('id', 'id'),
      col('component', 'integer'),
      ...texts('name'),
      ...texts('description'),
      ...texts('unit'),
      col('kind', 'id', { options: ['count', 'ratio', 'currency'] }),
      col('aggregation', 'id', { options: ['sum', 'last', 'ratio'] }),
      col('cumulative', 'boolean'),
      col('direction', 'id', { options: ['increase', 'decrease'] }),
      col('currency', 'id'),
      ...point('baseline'),
      ...point('target'),
      col('parity', 'presence'),
      col('parity_threshold', 'number', { path: ['parity', 'threshold'] }),
      col('stale_after_days', 'integer', { path: ['staleAfterDays'] }),
      col('note', 'text'),
    ],
  },
  {
    name: 'milestones',
    // Each row is one point of the list `milestones` of the indicator it names.
    base: ['indicators', '[]', 'milestones', '[]'],
    optional: true,
    columns: [
      col('indicator', 'id', { path: [], ref: 'indicators' }),
      col('value', 'number'),
      col('date', 'date'),
      col('region', 'id', { ref: 'regions' }),
      col('source', 'id', { ref: 'sources' }),
      col('note', 'text'),
    ],
  },
  {
    name: 'activities',
    base: ['activities', '[]'],
    optional: true,
    columns: [
      col('id', 'id'),
      ...texts('name'),
      col('start', 'date'),
      col('end', 'date'),
      col('region', 'id', { ref: 'regions' }),
      col('commune', 'id', { ref: 'communes' }),
      col('component', 'integer'),
      col('kind', 'text'),
      col('source', 'id', { ref: 'sources' }),
      col('note', 'text'),
    ],
  },
  {
    name: 'observations',
    base: ['observations', '[]'],
    optional: false,
    columns: [
      col('indicator', 'id', { ref: 'indicators' }),
      col('period', 'period'),
      col('value', 'number'),
      col('numerator', 'number'),
      col('denominator', 'number'),
      col('qualifier', 'id', { options: ['approximate', 'at-least'] }),
      col('suppressed_below', 'integer', { path: ['suppressed', 'below'] }),
      col('currency', 'id'),
      col('region', 'id', { ref: 'regions' }),
      col('commune', 'id', { ref: 'communes' }),
      col('sex', 'id', { options: ['female', 'male'] }),
      col('profile', 'id', { ref: 'profiles' }),
      col('activity', 'id', { ref: 'activities' }),
      col('call', 'id', { ref: 'calls' }),
      col('source', 'id', { ref: 'sources' }),
      col('synthetic', 'boolean'),
      col('note', 'text'),
    ],
  },
  {
    name: 'sources',
    base: ['sources', '[]'],
    optional: false,
    columns: [
      col('id', 'id'),
      col('title', 'text'),
      // The title's language, and the titles the document itself gives in fr, ar, en.
      col('title_lang', 'id', { path: ['lang'] }),
      ...texts('titles'),
      col('url', 'text'),
      col('publisher', 'text'),
      col('date', 'period'),
      col('quote', 'text'),
      // The quote's language: the document's, which may not be the title's.
      col('quote_lang', 'id', { path: ['quoteLang'] }),
      col('kind', 'id', { options: ['public', 'document', 'synthetic'] }),
      col('note', 'text'),
      col('note_lang', 'id', { path: ['noteLang'] }),
    ],
  },
];

/** The sexes sheet's ids are the schema's closed list. */
const SEX_IDS = ['female', 'male'];
export const sheetSpec = (name: SheetName): SheetSpec =>
  SHEETS.find((s) => s.name === name) as SheetSpec;

/** The values a column accepts when it has a closed list. */
export function closedList(sheet: SheetName, column: Column): readonly string[] | undefined {
  if (sheet === 'sexes' && column.name === 'id') return SEX_IDS;
  return column.options;
}

/** The two header cells of the programme sheet. */
export const PROGRAMME_HEADER = ['field', 'value'] as const;
