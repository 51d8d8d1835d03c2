/**
 * A fast structural check of observations, for large feeds: zod spends microseconds on
 * each one, and a feed can hold millions. It accepts only observations the schema
 * (observationSchema) certainly accepts, and builds what zod would build from them: a new
 * object with the same fields, in the schema's order. Anything else — a wrong type, an
 * unknown or undefined field, an object of another kind — is left to zod, so errors and
 * their JSON paths always come from zod itself (a property test holds the two together).
 */
import { isPeriod } from '../periods/period.js';
import type { Observation } from '../schema/types.js';

/** Matches idSchema: letters, digits, '.', '_' or '-', at most 100 characters. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CURRENCY = /^[A-Z]{3}$/;

const isPeriodText = (v: unknown) => typeof v === 'string' && isPeriod(v);
const isQualifier = (v: unknown) => v === 'approximate' || v === 'at-least';
const isCurrency = (v: unknown) => typeof v === 'string' && CURRENCY.test(v);
const isSex = (v: unknown) => v === 'female' || v === 'male';

/** The observation's fields in the schema's order, each with its check. */
const FIELDS: ReadonlyArray<readonly [keyof Observation, (v: unknown) => boolean]> = [
  ['indicator', isId],
  ['period', isPeriodText],
  ['value', isAmount],
  ['numerator', isAmount],
  ['denominator', isAmount],
  ['suppressed', isSuppressed],
  ['qualifier', isQualifier],
  ['currency', isCurrency],
  ['region', isId],
  ['commune', isId],
  ['sex', isSex],
  ['profile', isId],
  ['activity', isId],
  ['call', isId],
  ['source', isId],
  ['synthetic', (v) => typeof v === 'boolean'],
  ['note', (v) => typeof v === 'string'],
];
/** Each field's position in FIELDS. */
const POSITION = new Map<string, number>(FIELDS.map(([k], i) => [k, i]));
const SUPPRESSED_AT = POSITION.get('suppressed');
const bit = (key: keyof Observation) => 1 << FIELDS.findIndex(([k]) => k === key);
const [INDICATOR, PERIOD, VALUE, NUMERATOR, DENOMINATOR, SUPPRESSED, SOURCE] = (
  ['indicator', 'period', 'value', 'numerator', 'denominator', 'suppressed', 'source'] as const
).map(bit) as [number, number, number, number, number, number, number];

/**
 * Checks of fields whose few distinct texts repeat across a feed's observations (ids,
 * periods…): each text is checked once and then shared, by the position of the check in
 * this list (fields with the same check share what passed it). Notes are neither.
 */
const SHARED_CHECKS = [isId, isPeriodText, isQualifier, isCurrency, isSex];
const SHARED_SLOT = FIELDS.map(([, check]) => SHARED_CHECKS.indexOf(check));

/**
 * Texts that passed each shared check, one copy of each: JSON.parse makes a string per
 * occurrence, and a large feed repeats a few thousand ids millions of times.
 */
export type CheckedStrings = ReadonlyArray<Map<string, string>>;

export function checkedStrings(): CheckedStrings {
  return SHARED_CHECKS.map(() => new Map<string, string>());
}

function isId(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 100 && ID.test(v);
}

function isAmount(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

function isSuppressed(v: unknown): boolean {
  if (!isPlain(v)) return false;
  const keys = Object.keys(v);
  const below = v.below;
  return (
    keys.length === 1 && keys[0] === 'below' && Number.isSafeInteger(below) && (below as number) > 0
  );
}

/**
 * Copiers of an object, each its own call site. V8 copies an object made by JSON.parse into
 * one that holds its fields in itself only at a site that has seen one kind of object; at a
 * site shared by several kinds, the fields go to a second array, a third more memory for
 * each of millions of observations. A feed's observations have a handful of shapes.
 */
const COPIERS: ReadonlyArray<(t: object) => Record<string, unknown>> = [
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
];
const copyAny = (t: object): Record<string, unknown> => ({ ...t });

/** A new observation with the fields of `fields` (bits of FIELDS) in the schema's order. */
interface Template {
  readonly fields: object;
  readonly copy: (t: object) => Record<string, unknown>;
}
const templates = new Map<number, Template>();

function templateOf(fields: number): Template {
  let t = templates.get(fields);
  if (t === undefined) {
    const keys = FIELDS.flatMap(([key], i) => (fields & (1 << i) ? [`"${key}":null`] : []));
    const copy = COPIERS[templates.size] ?? copyAny;
    t = { fields: JSON.parse(`{${keys.join(',')}}`) as object, copy };
    templates.set(fields, t);
  }
  return t;
}

/** The values of the fields read, by position in FIELDS (reused: one observation at a time). */
const values = new Array<unknown>(FIELDS.length);

/**
 * What zod makes of one observation it accepts, or undefined when zod must judge it.
 * `strings` shares one copy of each repeated text between observations (see CheckedStrings).
 */
export function fastObservation(
  o: unknown,
  strings: CheckedStrings = checkedStrings(),
): Observation | undefined {
  if (!isPlain(o)) return undefined;
  let fields = 0;
  // Own keys only, as zod reads them (an inherited one is not a field).
  for (const key in o) {
    const i = POSITION.get(key);
    if (i === undefined) {
      if (Object.hasOwn(o, key)) return undefined;
      continue;
    }
    let v = o[key];
    if (v === undefined || !Object.hasOwn(o, key)) return undefined;
    const check = (FIELDS[i] as (typeof FIELDS)[number])[1];
    const slot = SHARED_SLOT[i] as number;
    if (slot >= 0 && typeof v === 'string') {
      const memo = strings[slot] as Map<string, string>;
      const shared = memo.get(v);
      if (shared !== undefined) v = shared;
      else if (check(v)) memo.set(v, v);
      else return undefined;
    } else if (!check(v)) return undefined;
    else if (i === SUPPRESSED_AT) v = { below: (v as { below: number }).below };
    values[i] = v;
    fields |= 1 << i;
  }
  // Both `required` fields, every own field read, and the schema's two refinements.
  if ((fields & INDICATOR) === 0 || (fields & PERIOD) === 0) return undefined;
  if ((fields & SOURCE) === 0) return undefined;
  const reading =
    (fields & VALUE) !== 0 ||
    (fields & SUPPRESSED) !== 0 ||
    ((fields & NUMERATOR) !== 0 && (fields & DENOMINATOR) !== 0);
  if (!reading || ((fields & VALUE) !== 0 && (fields & SUPPRESSED) !== 0)) return undefined;
  const template = templateOf(fields);
  const out = template.copy(template.fields);
  for (let i = 0; i < FIELDS.length; i++) {
    if (fields & (1 << i)) out[(FIELDS[i] as (typeof FIELDS)[number])[0]] = values[i];
  }
  return out as Observation;
}

/** Every observation as zod would give it, or undefined as soon as one needs zod. */
export function fastObservations(list: unknown): Observation[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out = new Array<Observation>(list.length);
  const strings = checkedStrings();
  for (let i = 0; i < list.length; i++) {
    // A hole reads as undefined, which zod must judge.
    const o = fastObservation(list[i], strings);
    if (o === undefined) return undefined;
    out[i] = o;
  }
  return out;
}
