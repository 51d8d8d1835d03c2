/**
 * 'conflicting-sources': sources disagree on the same indicator, period and place, or a
 * cumulative count falls from one source to a later one. Says which figure is used.
 */
import type { Feed } from '../../schema/types.js';
import { describeCell } from '../cells.js';
import { cumulativeConflicts, reading, resolveConflicts } from '../conflicts.js';
import { contextOf } from '../context.js';
import { cumulativeFalls } from '../cumulative-falls.js';
import type { ComputeOptions, Flag } from '../results.js';
import { selectCells } from '../select.js';
import { placeOf } from './flag-fields.js';

export function conflictingSources(feed: Feed, options?: ComputeOptions): Flag[] {
  const ctx = contextOf(feed);
  const flags: Flag[] = [];
  for (const ind of feed.indicators) {
    const cells = selectCells(feed, ind.id, options);
    const { conflicts } = resolveConflicts(ctx, cells);
    const falls = [...cumulativeConflicts(ind, cells), ...cumulativeFalls(ctx, ind, cells)];
    for (const group of [...conflicts, ...falls]) {
      const place = group.cells[group.cells.length - 1]; // the latest figure's
      if (!place) continue;
      const said = group.cells
        .map((c) => `${reading(c) ?? 'suppressed'} (${c.obs.source}, ${c.period.text})`)
        .join(', ');
      const total = group.values.map((v) => `${v.value} (${v.sources.join(' + ')})`).join(' to ');
      const what =
        group.kind === 'same-period'
          ? `sources disagree: ${said}; using the first, from the latest-dated source`
          : group.kind === 'cumulative-decrease'
            ? `a cumulative count falls from one source to a later one: ${said}`
            : `the cumulative total falls from ${total}`;
      flags.push({
        code: 'conflicting-sources',
        message: `${ind.id}, ${group.period}, ${describeCell(place)}: ${what}.`,
        indicator: ind.id,
        period: group.period,
        ...placeOf(place),
        sources: [...new Set(group.cells.map((c) => c.obs.source))],
        observations: group.cells.map((c) => c.index),
      });
    }
  }
  return flags;
}
