import { diffFeeds, type Feed } from '@prim/indicators';
import { describe, expect, it } from 'vitest';
import { changesByIndicator } from '../src/views/changes.js';
import { builtinFeed } from './expected.js';

/** The built-in feed as it was before its latest observations of fund completion. */
function earlierFeed(feed: Feed): Feed {
  const latest = feed.observations.filter((o) => o.indicator === 'fund-completion').at(-1);
  return {
    ...feed,
    asOf: '2023-12-31',
    observations: feed.observations.filter((o) => o !== latest),
  };
}

describe('what changed since an earlier feed, per indicator', () => {
  it('counts the observations added, names their periods, and carries the status change', () => {
    const feed = builtinFeed();
    const earlier = earlierFeed(feed);
    const rows = changesByIndicator(
      diffFeeds(earlier, feed),
      feed.indicators.map((i) => i.id),
    );
    const latest = feed.observations.filter((o) => o.indicator === 'fund-completion').at(-1);
    const fund = rows.find((r) => r.id === 'fund-completion');
    expect(fund).toMatchObject({ added: 1, removed: 0, changed: 0, periods: [latest?.period] });
    // Indicators with nothing new and the same status are left out.
    expect(rows.every((r) => r.added + r.removed + r.changed > 0 || r.status)).toBe(true);
  });

  it('is empty between a feed and itself', () => {
    const feed = builtinFeed();
    expect(changesByIndicator(diffFeeds(feed, feed), ['fund-completion'])).toEqual([]);
  });
});
