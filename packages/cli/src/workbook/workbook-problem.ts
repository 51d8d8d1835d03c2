/** A problem found in a workbook, located as the officer sees it: sheet, Excel row, column. */
import type { CellProblem } from './cell-values.js';

export type ProblemCode =
  | CellProblem
  | 'missing-sheet'
  | 'duplicate-sheet'
  | 'no-header'
  | 'missing-column'
  | 'unknown-column'
  | 'personal-column'
  | 'duplicate-column'
  | 'cell-without-header'
  | 'unknown-field'
  | 'duplicate-field'
  | 'unknown-indicator'
  | 'parity-threshold-without-parity'
  /** The model needs this field and the cell is empty. */
  | 'required'
  /** The model found no definition for an id; `detail` holds what kind of id. */
  | 'unknown-id'
  /** Any other check of the feed model (parseFeed); `detail` holds its message. */
  | 'model';

export type NoticeCode = 'unknown-sheet' | 'as-of-inferred' | 'model-warning';

export interface Located {
  readonly sheet: string;
  /** 1-based row number as the spreadsheet shows it (CSV: the line number). */
  readonly row?: number;
  /** The column's header as written in the file. */
  readonly column?: string;
  /** The field of the programme sheet (one row per field). */
  readonly field?: string;
  /** The offending cell's text, or the subject of the message (a header, a date). */
  readonly value?: string;
  readonly detail?: string;
}

export interface Problem extends Located {
  readonly code: ProblemCode;
}

export interface Notice extends Located {
  readonly code: NoticeCode;
}
