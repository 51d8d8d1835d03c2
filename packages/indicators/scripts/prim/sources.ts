/** The source entries a feed needs: exactly those its observations, activities and targets cite. */
import type { Feed, Source } from '../../src/schema/types.js';
import type { EvidenceLookup } from './evidence.js';
import { codeUnitOrder } from '../../src/code-unit-order.js';

type Citing = Pick<Feed, 'indicators' | 'activities' | 'observations'>;

/** Ids cited anywhere in the feed, in first-cited order. */
export function citedSourceIds(feed: Citing): string[] {
  const ids = new Set<string>();
  const cite = (id: string | undefined) => {
    if (id !== undefined) ids.add(id);
  };
  for (const ind of feed.indicators) {
    cite(ind.baseline?.source);
    cite(ind.target?.source);
    ind.milestones?.forEach((m) => cite(m.source));
  }
  feed.activities?.forEach((a) => cite(a.source));
  feed.observations.forEach((o) => cite(o.source));
  return [...ids];
}

/**
 * Source entries for the cited ids: facts and seed figures from the evidence, the rest
 * (such as the synthetic register) from `extra`. Facts first in id order, then documents.
 */
export function sourcesFor(
  ids: readonly string[],
  evidence: EvidenceLookup,
  extra: readonly Source[],
): Source[] {
  const own = new Map(extra.map((s) => [s.id, s]));
  const rank = (id: string) => (/^F\d+$/.test(id) ? 0 : /^S\d+$/.test(id) ? 1 : 2);
  return [...ids]
    .sort((a, b) => rank(a) - rank(b) || codeUnitOrder(a, b))
    .map((id) => own.get(id) ?? evidence(id).source);
}
