/** One cell: the text a reader sees, and the raw value that goes into the CSV. */
export interface Cell {
  readonly text: string;
  readonly raw: string | number | undefined;
  /** The language of `text` when it is not the reader's (a source title), for `lang`. */
  readonly lang?: string;
  /** Said after the text in the reader's language: '(anglais)' after a title in English. */
  readonly mark?: string;
}

export interface Column {
  /** Stable key, used as the CSV header so that downloads are the same in every language. */
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
}

/**
 * Columns named by the word catalogue's column labels, in order; those in `numeric` hold
 * numbers (aligned to the end, compared as numbers).
 */
export function labelledColumns<K extends string>(
  labels: Readonly<Record<K, string>>,
  keys: readonly K[],
  numeric: readonly K[] = [],
): Column[] {
  return keys.map((key) => ({
    key,
    label: labels[key],
    ...(numeric.includes(key) ? { numeric: true } : {}),
  }));
}

/**
 * A table as every surface shows it: caption, columns, and cells that carry both the words a
 * reader sees and the raw value that goes into a CSV (the same in every language).
 */
export interface TableView {
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: ReadonlyArray<readonly Cell[]>;
}

/**
 * A cell; without `raw`, the CSV carries the text. An explicit `undefined` raw value is an
 * unknown and gives an empty CSV field, not the '–' shown on screen (a default parameter
 * would not tell the two apart).
 */
export function cell(text: string, ...raw: [] | [string | number | undefined]): Cell {
  return { text, raw: raw.length === 0 ? text : raw[0] };
}

/** A cell shown as text ('–', 'inconnu', 'unknown') that is empty in the CSV: no value. */
export function unknownCell(text: string): Cell {
  return { text, raw: undefined };
}
