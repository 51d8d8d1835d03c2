import { type Feed, type Indicator, localize } from '@prim/indicators';
import type { OutputLang } from './labels.js';

/**
 * What the text report needs to know of the feed beyond the report itself: names in the
 * reader's language, and each indicator's kind (a ratio prints as a percentage).
 */
export interface FeedLookup {
  readonly indicator: (
    id: string,
  ) =>
    | { readonly name: string; readonly kind: Indicator['kind']; readonly currency?: string }
    | undefined;
  readonly activity: (id: string) => { readonly name: string } | undefined;
}

export function feedLookup(feed: Feed, lang: OutputLang): FeedLookup {
  const indicators = new Map(feed.indicators.map((i) => [i.id, i]));
  const activities = new Map((feed.activities ?? []).map((a) => [a.id, a]));
  return {
    indicator: (id) => {
      const ind = indicators.get(id);
      return ind && { name: localize(ind.name, lang), kind: ind.kind, currency: ind.currency };
    },
    activity: (id) => {
      const act = activities.get(id);
      return act && { name: localize(act.name, lang) };
    },
  };
}
