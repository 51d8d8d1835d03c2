/**
 * One register file (every sheet of a workbook, or a CSV) → rows into the tally and bad
 * lines into the reject log. The first non-empty line of a sheet is its header; a sheet
 * with no register column at all (such as the template's list of codes) is skipped.
 */
import { basename } from 'node:path';
import {
  type Commune,
  type HeaderMap,
  mapHeaders,
  plainLineReader,
  type RegisterTally,
  rowReader,
} from '@prim/indicators';
import { PlainCsvLine } from './csv-records.js';
import { readTableBatches, type TableLine } from './read-table.js';
import { sniffTable } from './sniff.js';
import { type DuplicateFinder, hasEdgeSpace } from './duplicates.js';
import type { RejectLog } from './rejects.js';

export interface RegisterFileStats {
  /** Data lines read (blank lines excluded). */
  lines: number;
  accepted: number;
  rejected: number;
  /** Personal and other columns that were present and never read. */
  readonly personal: Set<string>;
  readonly ignored: Set<string>;
  /** Sheets skipped because they hold no register columns. */
  readonly skippedSheets: string[];
}

/** True when every cell is empty or white space (a cell with a letter at either end is not). */
function isBlankLine(cells: readonly string[]): boolean {
  for (const c of cells) {
    if (c.length > 0 && (!hasEdgeSpace(c) || c.trim() !== '')) return false;
  }
  return true;
}

export async function readRegisterFile(
  path: string,
  communes: readonly Commune[],
  tally: RegisterTally,
  rejects: RejectLog,
  duplicates: DuplicateFinder,
): Promise<RegisterFileStats> {
  const { format } = await sniffTable(path);
  return readRegisterLines(
    readTableBatches(path),
    basename(path),
    communes,
    tally,
    rejects,
    duplicates,
    format === 'csv',
  );
}

/** The lines of a register file named `file` (see readRegisterFile); `csv`: a CSV file. */
export async function readRegisterLines(
  batches: AsyncIterable<readonly TableLine[]>,
  file: string,
  communes: readonly Commune[],
  tally: RegisterTally,
  rejects: RejectLog,
  duplicates: DuplicateFinder,
  csv = false,
): Promise<RegisterFileStats> {
  const stats: RegisterFileStats = {
    lines: 0,
    accepted: 0,
    rejected: 0,
    personal: new Set(),
    ignored: new Set(),
    skippedSheets: [],
  };
  let sheet: string | undefined;
  let reader: ReturnType<typeof rowReader> | 'skip' | undefined;
  /** Cells of the header line: a CSV line with more has had its columns shifted. */
  let width = 0;
  let headers: HeaderMap | undefined;
  /** The fast path of the sheet's plain CSV lines (see plainLineReader), once one comes. */
  let plain: ((text: string) => boolean) | undefined;
  const sheetsSeen: string[] = [];
  const sheetsUsed = new Set<string>();

  for await (const batch of batches)
    for (const line of batch) {
      if (line.sheet !== sheet) {
        sheet = line.sheet;
        sheetsSeen.push(sheet);
        reader = undefined;
        plain = undefined;
        duplicates.start(sheet === 'csv' ? file : `${file} (sheet "${sheet}")`, csv);
      }
      if (reader === 'skip') continue;
      if (reader === undefined) {
        if (line.cells.every((c) => c.trim() === '')) continue;
        headers = mapHeaders(line.cells);
        const found = Object.keys(headers.columns).length;
        if (found === 0) {
          stats.skippedSheets.push(sheet);
          reader = 'skip';
          continue;
        }
        sheetsUsed.add(sheet);
        headers.personal.forEach((h) => stats.personal.add(h));
        headers.ignored.forEach((h) => stats.ignored.add(h));
        if (headers.missing.length > 0) {
          await rejects.add({
            file,
            sheet,
            row: line.row,
            reason: `missing column${headers.missing.length > 1 ? 's' : ''}: ${headers.missing.join(', ')} (the sheet was not read)`,
          });
          reader = 'skip';
          continue;
        }
        reader = rowReader(headers, communes);
        width = line.cells.length;
        continue;
      }
      if (line instanceof PlainCsvLine && headers !== undefined) {
        plain ??= plainLineReader(headers, communes, line.delimiter, width, tally);
        if (plain(line.text)) {
          duplicates.addPlain(line.text, line.delimiter);
          stats.lines += 1;
          stats.accepted += 1;
          continue;
        }
      }
      // The reference path: every line the fast one did not take.
      const cells = line.cells;
      const blank = isBlankLine(cells);
      if (!blank) duplicates.add(cells);
      if (line.sheet === 'csv' && cells.length > width && !blank) {
        // A ';' or ',' typed inside a name moves every later cell one column on: no cell
        // can be trusted, and none is quoted.
        stats.lines += 1;
        stats.rejected += 1;
        await rejects.add({
          file,
          sheet,
          row: line.row,
          reason: `${cells.length} cells where the header has ${width}: a separator inside a cell shifted the columns (put that cell in quotes)`,
        });
        continue;
      }
      const reading = reader(cells);
      if (reading.ok === 'blank') continue;
      stats.lines += 1;
      if (reading.ok) {
        tally.add(reading.row);
        stats.accepted += 1;
      } else {
        stats.rejected += 1;
        await rejects.add({ file, sheet, row: line.row, reason: reading.reasons.join('; ') });
      }
    }
  duplicates.end();
  if (sheetsSeen.length === 0 || (sheetsUsed.size === 0 && stats.skippedSheets.length === 0)) {
    await rejects.add({ file, sheet: sheet ?? 'csv', reason: 'empty: no header row and no data' });
  } else if (sheetsUsed.size === 0) {
    await rejects.add({
      file,
      sheet: sheet ?? 'csv',
      reason: `no register columns found (expected ${'date, commune, profile, sex, request_type, outcome'} in French, Arabic or English)`,
    });
  } else if (stats.lines === 0) {
    await rejects.add({
      file,
      sheet: [...sheetsUsed].join(', '),
      reason: 'no data rows under the header',
    });
  }
  return stats;
}
