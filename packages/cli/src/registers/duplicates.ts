/**
 * Probable duplicates among the registers of one run: the same file given twice (or a
 * copy under another name), or a sheet copied inside a workbook ("Juillet" and
 * "Juillet (2)"). Each sheet's data lines are hashed as they stream by; two sheets with
 * the same non-empty lines would count the same people twice, so the run says so.
 */
import { createHash, type Hash } from 'node:crypto';

export class DuplicateFinder {
  readonly warnings: string[] = [];
  readonly #seen = new Map<string, string>();
  #hash: Hash | undefined;
  #label = '';
  #rows = 0;

  /** A new sheet (or CSV file) begins; `label` names it in the warning. */
  start(label: string): void {
    this.end();
    this.#hash = createHash('sha256');
    this.#label = label;
    this.#rows = 0;
  }

  /** One data line of the current sheet (the header excluded). */
  add(cells: readonly string[]): void {
    this.#hash?.update(`${cells.map((c) => c.trim()).join('\u001f')}\u001e`);
    this.#rows += 1;
  }

  /** Ends the current sheet, noting a warning if an earlier one had the same lines. */
  end(): void {
    if (this.#hash === undefined) return;
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
