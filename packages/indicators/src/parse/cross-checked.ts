import type { Feed } from '../schema/types.js';
import type { FeedIssue } from './feed-issue.js';
import type { ParseResult } from './parse-feed.js';
import { checkPlausibility } from './plausibility.js';
import { checkReferences } from './references.js';

/**
 * Reference issues name observations by their index in the feed that was checked; when
 * invalid items were dropped first, map those indices back to the document's own.
 */
function toOriginalPaths(issues: readonly FeedIssue[], dropped: ReadonlySet<string>): FeedIssue[] {
  const original = (list: string, index: number) => {
    let seen = -1;
    for (let i = 0; ; i++) if (!dropped.has(`${list}:${i}`) && ++seen === index) return i;
  };
  return issues.map((issue) => ({
    ...issue,
    path: issue.path.replace(
      /^\$\.(observations|activities)\[(\d+)\]/,
      (_, list: string, i: string) => `$.${list}[${original(list, Number(i))}]`,
    ),
  }));
}

/**
 * The end of every parse, once the schema has accepted `feed` (`dropped`: the items left
 * out for errors already in `errors`): what a schema cannot check (references,
 * plausibility), observations that fail it dropped, and the outcome.
 */
export function crossChecked(
  feed: Feed,
  dropped: ReadonlySet<string>,
  errors: FeedIssue[],
  warnings: readonly FeedIssue[],
): ParseResult {
  const found = [...checkReferences(feed), ...checkPlausibility(feed)];
  const refs = toOriginalPaths(found, dropped);
  if (refs.length > 0) {
    errors.push(...refs);
    // Observations that name something unknown or impossible are dropped; the rest stays.
    const bad = new Set<number>();
    found.forEach((i) => {
      const m = /^\$\.observations\[(\d+)\]/.exec(i.path);
      if (m) bad.add(Number(m[1]));
    });
    feed = { ...feed, observations: feed.observations.filter((_, i) => !bad.has(i)) };
  }
  return errors.length > 0
    ? { ok: false, errors, warnings, partial: feed }
    : { ok: true, feed, warnings };
}
