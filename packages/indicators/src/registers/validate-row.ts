/**
 * One register line → a `RegisterRow`, or the reasons it cannot be counted. Only the six
 * canonical columns (and the synthetic marker) are read; personal columns never are.
 */
import type { Commune } from '../schema/types.js';
import {
  codeMatcher,
  OUTCOME_CODES,
  PROFILE_CODES,
  REQUEST_TYPE_CODES,
  SEX_CODES,
} from './codes.js';
import type { HeaderMap, RegisterColumn } from './headers.js';
import { foldKey } from './normalise-text.js';
import { quotedCode } from './quoted-code.js';
import { readRegisterDate } from './register-date.js';
import type { RegisterRow } from './register-row.js';

export type RowReading =
  | { readonly ok: true; readonly row: RegisterRow }
  | { readonly ok: false; readonly reasons: readonly string[] }
  /** A line with nothing in the columns read: spreadsheets end with such lines. */
  | { readonly ok: 'blank' };

/** Matches a commune by id or by its name in any language. */
export function communeMatcher(communes: readonly Commune[]): (raw: string) => string | undefined {
  const map = new Map<string, string>();
  for (const c of communes) {
    for (const word of [c.id, c.name.fr, c.name.ar, c.name.en]) {
      if (word !== undefined) map.set(foldKey(word), c.id);
    }
  }
  return (raw) => map.get(foldKey(raw));
}

/**
 * Registers repeat a few spellings and dates millions of times: remember each reading
 * (up to a bound, so that a file of all-different junk cannot grow memory).
 */
function memo<T>(read: (raw: string) => T): (raw: string) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    const hit = cache.get(raw);
    if (hit !== undefined || cache.has(raw)) return hit as T;
    const value = read(raw);
    if (cache.size < 20_000) cache.set(raw, value);
    return value;
  };
}

const BLANK: RowReading = { ok: 'blank' };

const TRUE_WORDS = new Set(['true', '1', 'yes', 'oui', 'vrai', 'نعم']);

/** The readings of each column's (trimmed) text, remembered. */
export function rowMatchers(communes: readonly Commune[]) {
  return {
    commune: memo(communeMatcher(communes)),
    profile: memo(codeMatcher(PROFILE_CODES)),
    sex: memo(codeMatcher(SEX_CODES)),
    requestType: memo(codeMatcher(REQUEST_TYPE_CODES)),
    outcome: memo(codeMatcher(OUTCOME_CODES)),
    readDate: memo(readRegisterDate),
    /** The synthetic marker. */
    isTrue: memo((raw: string) => TRUE_WORDS.has(foldKey(raw))),
  };
}

/** Builds the reader of rows for a header map and the communes a register may name. */
export function rowReader(
  headers: HeaderMap,
  communes: readonly Commune[],
): (cells: readonly string[]) => RowReading {
  const { commune, profile, sex, requestType, outcome, readDate, isTrue } = rowMatchers(communes);
  const col = headers.columns;
  const cell = (cells: readonly string[], i: number | undefined) =>
    i === undefined ? '' : (cells[i] ?? '').trim();

  /** The reasons a non-blank line cannot be counted, in column order. */
  const reasonsOf = (raw: Readonly<Record<RegisterColumn, string>>): string[] => {
    const reasons: string[] = [];
    const date = readDate(raw.date);
    if (!date.ok) reasons.push(date.reason);
    const pick = <T>(what: string, text: string, match: (s: string) => T | undefined) => {
      if (text === '') reasons.push(`${what} is empty`);
      // Only a code-shaped value is quoted: a name typed in the wrong column never is.
      else if (match(text) === undefined) reasons.push(`unknown ${what}${quotedCode(text)}`);
    };
    pick('commune', raw.commune, commune);
    pick('profile', raw.profile, profile);
    pick('sex', raw.sex, sex);
    pick('request_type', raw.request_type, requestType);
    pick('outcome', raw.outcome, outcome);
    return reasons;
  };

  // Called once per register line: plain locals, no per-line closures or arrays.
  return (cells) => {
    const rawDate = cell(cells, col.date);
    const rawCommune = cell(cells, col.commune);
    const rawProfile = cell(cells, col.profile);
    const rawSex = cell(cells, col.sex);
    const rawRequest = cell(cells, col.request_type);
    const rawOutcome = cell(cells, col.outcome);
    const date = readDate(rawDate);
    // An empty cell never matches a code (the matchers are not asked about '').
    const c = rawCommune === '' ? undefined : commune(rawCommune);
    const p = rawProfile === '' ? undefined : profile(rawProfile);
    const s = rawSex === '' ? undefined : sex(rawSex);
    const r = rawRequest === '' ? undefined : requestType(rawRequest);
    const o = rawOutcome === '' ? undefined : outcome(rawOutcome);
    if (!date.ok || !c || !p || !s || !r || !o) {
      if (
        rawDate === '' &&
        rawCommune === '' &&
        rawProfile === '' &&
        rawSex === '' &&
        rawRequest === '' &&
        rawOutcome === ''
      )
        return BLANK;
      return {
        ok: false,
        reasons: reasonsOf({
          date: rawDate,
          commune: rawCommune,
          profile: rawProfile,
          sex: rawSex,
          request_type: rawRequest,
          outcome: rawOutcome,
        }),
      };
    }
    const row: RegisterRow = isTrue(cell(cells, headers.synthetic))
      ? {
          date: date.date,
          commune: c,
          profile: p,
          sex: s,
          request_type: r,
          outcome: o,
          synthetic: true,
        }
      : { date: date.date, commune: c, profile: p, sex: s, request_type: r, outcome: o };
    return { ok: true, row };
  };
}
