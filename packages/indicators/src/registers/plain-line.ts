/**
 * The fast path of a register's plain CSV lines (no quote, no stray carriage return): the
 * cells read are found by position in the line's text and counted by their codes, with no
 * array, row or reading made per line. A line is taken only when the reference path
 * (`rowReader` on the split cells) would count it as it is: no cell with anything to trim,
 * no more cells than the header, and every cell read known to be valid. Anything else
 * (empty, unknown or padded cells, shifted columns, a bad date) is left to the reference
 * path, which rejects or skips it with its own words.
 */
import type { Commune } from '../schema/types.js';
import { CASE_OUTCOMES } from './codes.js';
import type { HeaderMap } from './headers.js';
import { isTrimSpace } from './normalise-text.js';
import type { CalendarDate } from '../periods/calendar-date.js';
import { BAOM_PROFILES } from './register-row.js';
import type { RegisterTally } from './register-tally.js';
import { rowMatchers } from './validate-row.js';

/** Cells remembered per column: registers repeat a few spellings; junk cannot grow memory. */
const REMEMBERED = 20_000;

/** `raw`'s value if `raw` is a valid cell (non-empty, nothing to trim), else undefined. */
function validCells<T>(read: (raw: string) => T | undefined): (raw: string) => T | undefined {
  const known = new Map<string, T>();
  return (raw) => {
    const hit = known.get(raw);
    if (hit !== undefined || raw === '') return hit;
    const value = read(raw);
    if (value !== undefined && known.size < REMEMBERED) known.set(raw, value);
    return value;
  };
}

/** What a line's cells other than its date say. */
interface Codes {
  readonly commune: string;
  readonly profile: number;
  readonly sex: number;
  readonly isCase: boolean;
  readonly synthetic: boolean;
}

/**
 * A counter of plain lines for one sheet: returns true when it counted the line in
 * `tally` (the reference path would have counted it the same), false when the line is the
 * reference path's. `width` is the number of cells of the header line.
 */
export function plainLineReader(
  headers: HeaderMap,
  communes: readonly Commune[],
  delimiter: string,
  width: number,
  tally: RegisterTally,
): (text: string) => boolean {
  const m = rowMatchers(communes);
  const col = headers.columns;
  const read = [col.date, col.commune, col.profile, col.sex, col.request_type, col.outcome];
  /** The slot (0–5 as in `read`, 6 for the synthetic marker) of each cell index, or -1. */
  const slotOf = new Int8Array(width).fill(-1);
  for (const [slot, index] of [...read, headers.synthetic].entries()) {
    if (index === undefined) continue;
    // A column read twice, or beyond the header, is the reference path's to sort out.
    if (index >= width || slotOf[index] !== -1) return () => false;
    slotOf[index] = slot;
  }
  const starts = new Int32Array(7);
  const ends = new Int32Array(7);

  const date = validCells((raw) => {
    const d = m.readDate(raw);
    return d.ok ? d.date : undefined;
  });
  const commune = validCells(m.commune);
  const profile = validCells((raw) => {
    const p = m.profile(raw);
    return p === undefined ? undefined : BAOM_PROFILES.indexOf(p);
  });
  const sex = validCells((raw) => {
    const s = m.sex(raw);
    return s === undefined ? undefined : s === 'female' ? 0 : 1;
  });
  const requestType = validCells(m.requestType);
  /** 1 for an outcome that makes the visit a case, else 0. */
  const isCase = validCells((raw) => {
    const o = m.outcome(raw);
    return o === undefined ? undefined : CASE_OUTCOMES.has(o) ? 1 : 0;
  });
  const cell = (slot: number, text: string) => text.slice(starts[slot], ends[slot]);

  /**
   * When the date comes first (the template's order), what follows it repeats: the codes
   * read from each such rest of a line counted before. A register whose rests do not
   * repeat (a name column) fills this once and stops using it.
   */
  const rests = new Map<string, Codes>();
  let restsUsed = slotOf[0] === 0;

  /** Counts the line by its cells; the codes read, or undefined if it is not taken. */
  const byCells = (text: string): Codes | undefined => {
    starts.fill(0);
    ends.fill(0);
    let index = 0;
    let start = 0;
    for (;;) {
      if (index >= width) return undefined;
      const at = text.indexOf(delimiter, start);
      const end = at === -1 ? text.length : at;
      if (
        end > start &&
        (isTrimSpace(text.charCodeAt(start)) || isTrimSpace(text.charCodeAt(end - 1)))
      )
        return undefined;
      const slot = slotOf[index] as number;
      if (slot !== -1) {
        starts[slot] = start;
        ends[slot] = end;
      }
      index += 1;
      if (at === -1) break;
      start = at + 1;
    }
    const d: CalendarDate | undefined = date(cell(0, text));
    if (d === undefined) return undefined;
    const c = commune(cell(1, text));
    if (c === undefined) return undefined;
    const p = profile(cell(2, text));
    if (p === undefined) return undefined;
    const s = sex(cell(3, text));
    if (s === undefined) return undefined;
    if (requestType(cell(4, text)) === undefined) return undefined;
    const o = isCase(cell(5, text));
    if (o === undefined) return undefined;
    const marker = cell(6, text);
    const codes: Codes = {
      commune: c,
      profile: p,
      sex: s,
      isCase: o === 1,
      synthetic: marker !== '' && m.isTrue(marker),
    };
    tally.addCodes(d, c, p, s, codes.isCase, codes.synthetic);
    return codes;
  };

  return (text) => {
    if (!restsUsed) return byCells(text) !== undefined;
    const at = text.indexOf(delimiter);
    // The date cell: not empty, nothing to trim (the rest's cells were checked when it was
    // first counted).
    if (at <= 0 || isTrimSpace(text.charCodeAt(0)) || isTrimSpace(text.charCodeAt(at - 1)))
      return byCells(text) !== undefined;
    const rest = text.slice(at);
    const known = rests.get(rest);
    if (known !== undefined) {
      const d = date(text.slice(0, at));
      if (d === undefined) return false;
      tally.addCodes(d, known.commune, known.profile, known.sex, known.isCase, known.synthetic);
      return true;
    }
    const codes = byCells(text);
    if (codes === undefined) return false;
    if (rests.size < REMEMBERED) rests.set(rest, codes);
    else restsUsed = false;
    return true;
  };
}
