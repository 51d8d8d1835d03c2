/**
 * 'stale': an indicator's latest observation ended more than staleAfterDays before the
 * as-of date (the indicator's setting, else the feed's, else 365 days).
 */
import { daysBetween } from '../../periods/calendar-date.js';
import type { Feed } from '../../schema/types.js';
import { type Cell } from '../cells.js';
import { staleAfterDays } from '../defaults.js';
import type { ComputeOptions, Flag } from '../results.js';
import { asOfOf, selectCells } from '../select.js';
import { sourcesText } from './flag-fields.js';

export function stale(feed: Feed, options?: ComputeOptions): Flag[] {
  const asOf = asOfOf(feed, options);
  const flags: Flag[] = [];
  for (const ind of feed.indicators) {
    const cells = selectCells(feed, ind.id, options);
    if (cells.length === 0) continue;
    const latest = cells.reduce((a, b) => (b.end > a.end ? b : a));
    const age = daysBetween(latest.period.end, asOf);
    const limit = staleAfterDays(feed, ind);
    if (age <= limit) continue;
    const sources = cells.filter((c: Cell) => c.end === latest.end).map((c) => c.obs.source);
    flags.push({
      code: 'stale',
      message:
        `${ind.id}: the latest observation, for ${latest.period.text}, ended ${age} days before ` +
        `the as-of date ${asOf} (stale after ${limit} days; ${sourcesText(sources)}).`,
      indicator: ind.id,
      period: latest.period.text,
      sources: [...new Set(sources)],
      observations: cells.filter((c) => c.end === latest.end).map((c) => c.index),
    });
  }
  return flags;
}
