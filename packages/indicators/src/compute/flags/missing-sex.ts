/**
 * 'missing-sex': an activity's participant counts carry no breakdown by sex. That is a
 * finding about the data — the share of women is unknown — never a count of zero women.
 */
import type { Feed } from '../../schema/types.js';
import { aggregateCells } from '../aggregate.js';
import { contextOf } from '../context.js';
import { parityIndicators } from '../parity.js';
import type { ComputeOptions, Flag } from '../results.js';
import { selectCells } from '../select.js';
import { sourcesText } from './flag-fields.js';

export function missingSex(feed: Feed, options?: ComputeOptions): Flag[] {
  const ctx = contextOf(feed);
  const { counts, shares } = parityIndicators(feed);
  const flags: Flag[] = [];
  for (const activity of feed.activities ?? []) {
    const opts = { ...options, filter: { ...options?.filter, activity: activity.id } };
    for (const ind of counts) {
      const cells = selectCells(feed, ind.id, opts);
      if (cells.length === 0 || cells.some((c) => c.values.sex !== undefined)) continue;
      const a = aggregateCells(ctx, ind, cells).aggregate;
      const reported = shares.some((s) => selectCells(feed, s.id, opts).length > 0);
      const total = a.value === undefined ? 'participants' : `${a.value} participants`;
      flags.push({
        code: 'missing-sex',
        message:
          `${ind.id}, activity ${activity.id}, ${a.period ?? ''}: ${total} without a breakdown ` +
          `by sex; the number of women is unknown, not zero` +
          `${reported ? ' (a source reports a share of women)' : ''} (${sourcesText(a.sources)}).`,
        indicator: ind.id,
        activity: activity.id,
        ...(a.period !== undefined ? { period: a.period } : {}),
        ...(activity.region !== undefined ? { region: activity.region } : {}),
        ...(activity.commune !== undefined ? { commune: activity.commune } : {}),
        sources: a.sources,
        observations: cells.map((c) => c.index),
      });
    }
  }
  return flags;
}
