import type { FeedIssue } from '@prim/indicators';

/** Why a widget has no data to show; each kind gets its own message in the reader's language. */
export type LoadErrorKind =
  'no-source' | 'network' | 'http' | 'feed' | 'option' | 'unknown-indicator';

/**
 * An error a reader can act on: the kind picks the localized message, `detail` names the
 * cause (URL, HTTP status, attribute) and `issues` carry the JSON paths of a bad feed.
 */
export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly detail: string;
  readonly issues: readonly FeedIssue[];
  constructor(
    kind: LoadErrorKind,
    detail: string,
    options: { issues?: readonly FeedIssue[]; cause?: unknown } = {},
  ) {
    super(`${kind}: ${detail}`, { cause: options.cause });
    this.name = 'LoadError';
    this.kind = kind;
    this.detail = detail;
    this.issues = options.issues ?? [];
  }
}
