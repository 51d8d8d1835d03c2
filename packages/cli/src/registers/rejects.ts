/**
 * Bad lines: kept in memory up to a limit for the summary, and written to the rejects
 * file (file, sheet, row, reason) as they come, so that none is dropped silently. The
 * rejects file names lines by position only: it copies no cell, personal or not.
 */
import type { OutputFile } from '../output-file.js';
import { csvWriter, type TableWriter } from './write-table.js';

export interface Reject {
  readonly file: string;
  readonly sheet: string;
  /** Undefined for a problem with the whole file or sheet. */
  readonly row?: number;
  readonly reason: string;
}

/** Lines shown on standard error before "… and N more". */
const SHOWN = 20;

export class RejectLog {
  readonly shown: Reject[] = [];
  count = 0;
  #writer: TableWriter | undefined;

  /** `file` is opened by the caller before any row is read (see output-file.ts). */
  constructor(file: OutputFile | undefined) {
    if (file !== undefined) this.#writer = csvWriter(file);
  }

  async open(): Promise<void> {
    await this.#writer?.write(['file', 'sheet', 'row', 'reason']);
  }

  async add(reject: Reject): Promise<void> {
    this.count += 1;
    if (this.shown.length < SHOWN) this.shown.push(reject);
    await this.#writer?.write([reject.file, reject.sheet, reject.row ?? '', reject.reason]);
  }

  async close(): Promise<void> {
    await this.#writer?.close();
  }
}

export function describeReject(r: Reject): string {
  const where = [
    r.file,
    r.sheet === 'csv' || r.sheet === '' ? undefined : `sheet "${r.sheet}"`,
    r.row !== undefined ? `row ${r.row}` : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(', ');
  return `${where}: ${r.reason}`;
}
