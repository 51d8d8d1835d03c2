import type * as z from 'zod/mini';
import { feedSchema } from '../schema/feed-schema.js';
import type { Feed } from '../schema/types.js';
import type { FeedIssue } from './feed-issue.js';
import { fastObservations } from './fast-observations.js';
import { parseFrame, REPORT_INPUT } from './feed-frame.js';
import { MAX_NESTING, tooDeepAt } from './nesting-depth.js';
import { crossChecked } from './cross-checked.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * The outcome of reading a feed. `ok: false` lists the errors; when the document's frame
 * was sound and only some observations or activities were bad, `partial` holds the feed
 * without them, so that a consumer can show what was good beside the errors.
 */
export type ParseResult =
  | { readonly ok: true; readonly feed: Feed; readonly warnings: readonly FeedIssue[] }
  | {
      readonly ok: false;
      readonly errors: readonly FeedIssue[];
      readonly warnings: readonly FeedIssue[];
      readonly partial?: Feed;
    };

type Json = Record<string, unknown>;
type ZodIssue = z.core.$ZodIssue;

/** Lists whose items may be dropped one by one without losing the rest of the feed. */
const ITEM_LISTS = new Set(['observations', 'activities']);

function readJson(raw: string): { ok: true; value: unknown } | { ok: false; issue: FeedIssue } {
  // Spreadsheet tools and Windows editors often save UTF-8 with a byte-order mark.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.trim() === '') {
    return { ok: false, issue: { path: '$', message: 'the feed is empty', code: 'empty' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      issue: { path: '$', message: `not valid JSON (${detail})`, code: 'invalid-json' },
    };
  }
}

/** The object at a zod path inside plain JSON data. */
function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) node = (node as Json | undefined)?.[key as string];
  return node;
}

/** Removes the keys named by `unrecognized_keys` issues (in a copy) so the rest can load. */
function withoutUnknownKeys(data: unknown, issues: readonly ZodIssue[]): unknown {
  const copy = structuredClone(data);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const node = at(copy, issue.path) as Json | undefined;
    for (const key of issue.keys) if (node) delete node[key];
  }
  return copy;
}

/** `['observations', 3, ...]` → 'observations:3' for droppable items, else undefined. */
function itemKey(path: readonly PropertyKey[]): string | undefined {
  const [list, index] = path;
  return typeof list === 'string' && ITEM_LISTS.has(list) && typeof index === 'number'
    ? `${list}:${index}`
    : undefined;
}

function withoutItems(data: unknown, keys: ReadonlySet<string>): unknown {
  const copy = { ...(data as Json) };
  for (const list of ITEM_LISTS) {
    const items = copy[list];
    if (Array.isArray(items)) copy[list] = items.filter((_, i) => !keys.has(`${list}:${i}`));
  }
  return copy;
}

/**
 * zod's answer for a feed whose observations all pass the fast check, zod judging the rest;
 * undefined when zod must judge it all (then every error comes from zod, as before).
 */
function fastParse(data: object): ReturnType<typeof feedSchema.safeParse> | undefined {
  const observations = fastObservations((data as Json).observations);
  if (!observations) return undefined;
  const frame = parseFrame(data);
  if (!frame.success) return undefined;
  frame.data.observations = observations;
  return frame;
}

/**
 * Reads a `prim-feed/1` document from JSON text or an already-parsed value.
 *
 * Never throws. Unknown fields are warnings (a newer producer's feed still loads). Bad
 * observations and activities are errors, and the rest of the feed is returned as
 * `partial`. Every issue carries its JSON path.
 */
export function parseFeed(input: unknown): ParseResult {
  try {
    return parseFeedValue(input);
  } catch (err) {
    // A last resort: no input may make parseFeed throw (an exotic value built in code).
    const detail = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      errors: [{ path: '$', message: `the feed cannot be read (${detail})`, code: 'unreadable' }],
      warnings: [],
    };
  }
}

function parseFeedValue(input: unknown): ParseResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    const json = readJson(input);
    if (!json.ok) return { ok: false, errors: [json.issue], warnings: [] };
    data = json.value;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const got = data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data;
    return {
      ok: false,
      errors: [{ path: '$', message: `expected a feed object, got ${got}`, code: 'invalid_type' }],
      warnings: [],
    };
  }

  // A value fresh from JSON text is a tree: no object in it can be reached twice.
  const deep = tooDeepAt(data, MAX_NESTING, typeof input === 'string');
  if (deep !== undefined) {
    const message = `nested deeper than ${MAX_NESTING} levels; no feed field is`;
    return { ok: false, errors: [{ path: deep, message, code: 'too-deep' }], warnings: [] };
  }
  const warnings: FeedIssue[] = [];
  const errors: FeedIssue[] = [];
  let result = fastParse(data) ?? feedSchema.safeParse(data, REPORT_INPUT);
  if (!result.success) {
    const unknown = result.error.issues.filter((i) => i.code === 'unrecognized_keys');
    if (unknown.length > 0) {
      warnings.push(...fromZodIssues(unknown));
      data = withoutUnknownKeys(data, unknown);
      result = feedSchema.safeParse(data, REPORT_INPUT);
    }
  }
  let dropped = new Set<string>();
  if (!result.success) {
    const issues = result.error.issues;
    errors.push(...fromZodIssues(issues));
    const keys = issues.map((i) => itemKey(i.path));
    if (keys.some((k) => k === undefined)) return { ok: false, errors, warnings };
    dropped = new Set(keys as string[]);
    result = feedSchema.safeParse(withoutItems(data, dropped), REPORT_INPUT);
    if (!result.success) return { ok: false, errors, warnings };
  }

  return crossChecked(result.data, dropped, errors, warnings);
}
