import { type FeedIssue, formatIssue } from '@prim/indicators';

/**
 * One line per issue, marked so that errors and warnings can be told apart (and grepped):
 * `error: $.observations[3].value: expected a number ≥ 0, got the number -1`.
 */
export function formatIssues(
  errors: readonly FeedIssue[],
  warnings: readonly FeedIssue[],
  prefix = '',
): string {
  const line = (kind: string) => (issue: FeedIssue) => `${prefix}${kind}: ${formatIssue(issue)}\n`;
  return errors.map(line('error')).join('') + warnings.map(line('warning')).join('');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export interface FeedCounts {
  readonly indicators: number;
  readonly observations: number;
  readonly sources: number;
}

/** The last line `prim validate` prints, valid or not. */
export function formatValidationSummary(
  name: string,
  outcome: { valid: true; counts: FeedCounts } | { valid: false; errors: number },
  warnings: number,
): string {
  if (!outcome.valid) {
    return `${name}: invalid, ${plural(outcome.errors, 'error')}, ${plural(warnings, 'warning')}\n`;
  }
  const { counts } = outcome;
  return (
    `${name}: valid prim-feed/1, ${plural(counts.indicators, 'indicator')}, ` +
    `${plural(counts.observations, 'observation')}, ${plural(counts.sources, 'source')}, ` +
    `${plural(warnings, 'warning')}\n`
  );
}
