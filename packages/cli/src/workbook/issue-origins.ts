/**
 * Where each part of a built feed came from, so that a model check reported at a JSON path
 * (`$.observations[3].denominator`) is told to the officer as sheet, row and column.
 */
import { jsonPath } from '@prim/indicators';
import { type Column, SHEETS, type SheetSpec } from './feed-sheets.js';
import type { Located } from './workbook-problem.js';

interface Origin {
  readonly sheet: string;
  readonly row?: number;
  /** The columns of the item (tabular sheets), to name the one a sub-path points to. */
  readonly columns?: readonly { readonly column: Column; readonly header: string }[];
  /** The field of a programme sheet row. */
  readonly field?: string;
}

const KEY = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;

/** `$.observations[3].value` → ['observations', 3, 'value']. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(KEY)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(`"${m[3] ?? ''}"`) as string);
  }
  return keys;
}

const startsWith = (a: readonly unknown[], b: readonly unknown[]) => b.every((k, i) => a[i] === k);

export class IssueOrigins {
  readonly #origins = new Map<string, Origin>();
  readonly #fields = new Map<string, Located>();

  /** An item of a tabular sheet at this feed path. */
  item(path: readonly (string | number)[], origin: Origin): void {
    this.#origins.set(jsonPath(path), origin);
  }

  /** A programme field's row, also when its value is blank. */
  field(name: string, at: Located): void {
    this.#fields.set(name, at);
  }

  /** Sheet, row and column of the thing an issue's JSON path names, as closely as known. */
  locate(path: string): Located {
    const keys = pathKeys(path);
    for (let i = keys.length; i > 0; i--) {
      const origin = this.#origins.get(jsonPath(keys.slice(0, i)));
      if (!origin) continue;
      const rest = keys.slice(i).map(String);
      const column = (origin.columns ?? []).find(
        ({ column: c }) => startsWith(c.path, rest) || startsWith(rest, c.path),
      )?.header;
      return {
        sheet: origin.sheet,
        ...(origin.row !== undefined && { row: origin.row }),
        ...(origin.field !== undefined && { field: origin.field }),
        ...(column !== undefined && rest.length > 0 && { column }),
      };
    }
    // A field the workbook left out: name the programme field (and its row if blank), or the sheet.
    const programme = SHEETS[0] as SheetSpec;
    const field = programme.columns.find(
      (c) => startsWith(c.path, keys) || startsWith(keys, c.path),
    );
    if (field && keys.length > 0)
      return this.#fields.get(field.name) ?? { sheet: 'programme', field: field.name };
    const spec = SHEETS.find((s) => s.base.length > 0 && startsWith(keys, s.base.slice(0, -1)));
    return { sheet: spec?.name ?? 'programme' };
  }
}
