/** One problem found in a feed, located by its JSON path (e.g. `$.observations[3].value`). */
export interface FeedIssue {
  readonly path: string;
  readonly message: string;
  /** Stable machine-readable code, e.g. 'invalid_type', 'unknown-reference', 'unknown-key'. */
  readonly code: string;
}

/** Writes a path of keys and indices as a JSON path: `$.observations[3].value`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** One line per issue: `$.observations[3].value: expected a number ≥ 0`. */
export function formatIssue(issue: FeedIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/** An Error that carries the issues of a feed that could not be used. */
export class FeedError extends Error {
  readonly issues: readonly FeedIssue[];
  constructor(issues: readonly FeedIssue[], options?: { cause?: unknown }) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(first ? `${formatIssue(first)}${more}` : 'invalid feed', options);
    this.name = 'FeedError';
    this.issues = issues;
  }
}
