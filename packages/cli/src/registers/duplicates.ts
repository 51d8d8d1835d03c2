/**
 * Probable duplicates among the registers of one run: the same file given twice (or a
 * copy under another name), or a sheet copied inside a workbook ("Juillet" and
 * "Juillet (2)"). Each sheet's data lines are hashed as they stream by; two sheets with
 * the same non-empty lines would count the same people twice, so the run says so.
 */
import { createHash, type Hash } from 'node:crypto';
import { isTrimSpace as isSpace } from '@prim/indicators';

/** True when trimming `cell` would change it. */
export const hasEdgeSpace = (cell: string): boolean =>
  cell.length > 0 && (isSpace(cell.charCodeAt(0)) || isSpace(cell.charCodeAt(cell.length - 1)));

/** Byte translation of plain lines to the joined form: delimiter → U+001F, LF → U+001E. */
const toJoined = new Uint8Array(256).map((_, i) => i);
toJoined[10] = 0x1e;

/**
 * The UTF-8 of `lines` (plain lines, each ended by a line feed) in the joined form. For an
 * ASCII delimiter, bytes are swapped in place (UTF-8 puts no ASCII byte inside another
 * character): twice as fast as replacing in the text.
 */
function joinedBytes(lines: string, delimiter: string): Buffer | string {
  const d = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || d >= 0x80)
    return lines.replaceAll(delimiter, '\u001f').replaceAll('\n', '\u001e');
  const bytes = Buffer.from(lines, 'utf8');
  toJoined[d] = 0x1f;
  for (let i = 0; i < bytes.length; i++) bytes[i] = toJoined[bytes[i] as number] as number;
  toJoined[d] = d;
  return bytes;
}

export class DuplicateFinder {
  readonly warnings: string[] = [];
  /**
   * `files`: how many files the run reads, when known. A CSV file is one sheet, so the
   * only file of a run, when it is CSV, has nothing to be a duplicate of and is not hashed
   * (hashing was a tenth of the time of a large register).
   */
  constructor(readonly files?: number) {}
  readonly #seen = new Map<string, string>();
  #hash: Hash | undefined;
  #label = '';
  #rows = 0;
  /** Lines not hashed yet: hashing 64 KB at a time gives the digest of line-by-line. */
  #pending = '';
  /**
   * Plain lines not hashed yet, as their text, each followed by a line feed (which no plain
   * line holds): turned into the joined form 64 KB at a time, not line by line.
   */
  #plain = '';
  #plainDelimiter = '';

  /** A new sheet (or a CSV file: `csv`) begins; `label` names it in the warning. */
  start(label: string, csv = false): void {
    this.end();
    if (csv && this.files === 1) return;
    this.#hash = createHash('sha256');
    this.#label = label;
    this.#rows = 0;
  }

  /** One data line of the current sheet (the header excluded). */
  add(cells: readonly string[]): void {
    if (this.#hash === undefined) return;
    if (this.#plain !== '') this.#flush();
    // Cells are compared trimmed; most have nothing to trim and are joined natively.
    let line: string;
    if (!cells.some(hasEdgeSpace)) line = cells.join('\u001f');
    else {
      line = cells.length > 0 ? (cells[0] as string).trim() : '';
      for (let i = 1; i < cells.length; i++) line += `\u001f${(cells[i] as string).trim()}`;
    }
    this.#pending += `${line}\u001e`;
    this.#rows += 1;
    if (this.#pending.length >= 65536) this.#flush();
  }

  /**
   * A data line given as its text, with no line break in it and, split on `delimiter`, no
   * cell with anything to trim: the same as `add(text.split(delimiter))`.
   */
  addPlain(text: string, delimiter: string): void {
    if (this.#hash === undefined) return;
    if (this.#pending !== '' || delimiter !== this.#plainDelimiter) this.#flush();
    this.#plainDelimiter = delimiter;
    this.#plain += `${text}\n`;
    this.#rows += 1;
    if (this.#plain.length >= 65536) this.#flush();
  }

  /** Hashes the lines not hashed yet, in order (only one of the two buffers holds any). */
  #flush(): void {
    if (this.#plain !== '') this.#hash?.update(joinedBytes(this.#plain, this.#plainDelimiter));
    this.#plain = '';
    if (this.#pending !== '') this.#hash?.update(this.#pending);
    this.#pending = '';
  }

  /** Ends the current sheet, noting a warning if an earlier one had the same lines. */
  end(): void {
    if (this.#hash === undefined) return;
    this.#flush();
    const digest = this.#hash.digest('hex');
    this.#hash = undefined;
    if (this.#rows === 0) return;
    const first = this.#seen.get(digest);
    if (first !== undefined)
      this.warnings.push(
        `${this.#label} has the same ${this.#rows} row${this.#rows === 1 ? '' : 's'} as ${first}: probable duplicate (both were counted)`,
      );
    else this.#seen.set(digest, this.#label);
  }
}
