import type { Dimension } from '../compute/results.js';
import type { Feed, Lang, Text } from '../schema/types.js';
import { localize } from '../text.js';

/** Looks up the display name of a dimension value (region, commune, activity…) in the feed. */
export function nameOf(feed: Feed, dimension: Dimension, id: string, lang: Lang): string {
  const named = (list: ReadonlyArray<{ id: string; name: Text }> | undefined) =>
    list?.find((item) => item.id === id)?.name;
  const lists: Record<Dimension, ReadonlyArray<{ id: string; name: Text }> | undefined> = {
    region: feed.dimensions.region,
    commune: feed.dimensions.commune,
    profile: feed.dimensions.profile,
    sex: feed.dimensions.sex,
    call: feed.dimensions.call,
    activity: feed.activities,
  };
  // An id the feed does not name is shown as is rather than hidden.
  return localize(named(lists[dimension]), lang) || id;
}
