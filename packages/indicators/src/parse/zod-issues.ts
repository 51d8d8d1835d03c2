import type * as z from 'zod/mini';
import { type FeedIssue, jsonPath } from './feed-issue.js';

type ZodIssue = z.core.$ZodIssue;

/** What a value is, in words a feed author understands. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `the number ${value}` : `the non-finite number ${value}`;
  }
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  if (value === undefined) return 'nothing';
  return `a ${typeof value}`;
}

/**
 * zod/mini carries no message catalogue (that keeps it small), so messages are written
 * here from each issue's code; refinements bring their own message.
 */
function message(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'number'
        ? `expected a number ≥ ${String(issue.minimum)}, got ${describeValue(issue.input)}`
        : `too short (at least ${String(issue.minimum)})`;
    case 'too_big':
      return issue.origin === 'number'
        ? `expected a number ≤ ${String(issue.maximum)}, got ${describeValue(issue.input)}`
        : `too long (at most ${String(issue.maximum)})`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message
        : `expected the format ${issue.format}, got ${describeValue(issue.input)}`;
    default:
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message
        : `invalid value ${describeValue(issue.input)}`;
  }
}

/** Turns zod issues into feed issues with JSON paths and readable messages. */
export function fromZodIssues(issues: readonly ZodIssue[]): FeedIssue[] {
  return issues.map((issue) => ({
    path: jsonPath(issue.path),
    message: message(issue),
    code: issue.code === 'unrecognized_keys' ? 'unknown-key' : issue.code,
  }));
}
