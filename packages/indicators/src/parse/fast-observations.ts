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

/** The observation's fields in the schema's order, each with its check. */
const FIELDS: ReadonlyArray<readonly [keyof Observation, (v: unknown) => boolean]> = [
  ['indicator', isId],
  ['period', (v) => typeof v === 'string' && isPeriod(v)],
  ['value', isAmount],
  ['numerator', isAmount],
  ['denominator', isAmount],
  ['suppressed', isSuppressed],
  ['qualifier', (v) => v === 'approximate' || v === 'at-least'],
  ['currency', (v) => typeof v === 'string' && CURRENCY.test(v)],
  ['region', isId],
  ['commune', isId],
  ['sex', (v) => v === 'female' || v === 'male'],
  ['profile', isId],
  ['activity', isId],
  ['call', isId],
  ['source', isId],
  ['synthetic', (v) => typeof v === 'boolean'],
  ['note', (v) => typeof v === 'string'],
];
const KNOWN = new Set<string>(FIELDS.map(([k]) => k));

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

/** Fields whose few distinct values repeat across a feed's observations. */
const REPEATED = new Set<string>(FIELDS.map(([k]) => k).filter((k) => k !== 'note'));

/**
 * What zod makes of one observation it accepts, or undefined when zod must judge it.
 * `strings` shares one copy of each repeated text (an id, a period) between observations:
 * JSON.parse makes a string per occurrence, and a large feed repeats a few thousand ids
 * millions of times.
 */
export function fastObservation(
  o: unknown,
  strings: Map<string, string> = new Map(),
): Observation | undefined {
  if (!isPlain(o)) return undefined;
  let count = 0;
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key) || o[key] === undefined) return undefined;
    count++;
  }
  const out: Record<string, unknown> = {};
  let seen = 0;
  for (const [key, check] of FIELDS) {
    const v = o[key];
    if (v === undefined) continue;
    if (!check(v)) return undefined;
    if (key === 'suppressed') out[key] = { below: (v as { below: number }).below };
    else if (typeof v === 'string' && REPEATED.has(key)) {
      const shared = strings.get(v);
      if (shared === undefined) strings.set(v, v);
      out[key] = shared ?? v;
    } else out[key] = v;
    seen++;
  }
  // Both `required` fields, every own field read, and the schema's two refinements.
  if (seen !== count || out.indicator === undefined || out.period === undefined) return undefined;
  if (out.source === undefined) return undefined;
  const reading =
    out.value !== undefined ||
    out.suppressed !== undefined ||
    (out.numerator !== undefined && out.denominator !== undefined);
  if (!reading || (out.value !== undefined && out.suppressed !== undefined)) return undefined;
  return out as Observation;
}

/** Every observation as zod would give it, or undefined as soon as one needs zod. */
export function fastObservations(list: unknown): Observation[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out = new Array<Observation>(list.length);
  const strings = new Map<string, string>();
  for (let i = 0; i < list.length; i++) {
    // A hole reads as undefined, which zod must judge.
    const o = fastObservation(list[i], strings);
    if (o === undefined) return undefined;
    out[i] = o;
  }
  return out;
}
