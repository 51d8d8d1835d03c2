/**
 * 'conflicting-sources': sources disagree on the same indicator, period and place, or a
 * cumulative count falls from one source to a later one. Says which figure is used.
 */
import type { Feed } from '../../schema/types.js';
import { describeCell } from '../cells.js';
import { cumulativeConflicts, reading, resolveConflicts } from '../conflicts.js';
import { contextOf } from '../context.js';
import type { ComputeOptions, Flag } from '../results.js';
import { selectCells } from '../select.js';
import { placeOf } from './flag-fields.js';

export function conflictingSources(feed: Feed, options?: ComputeOptions): Flag[] {
  const ctx = contextOf(feed);
  const flags: Flag[] = [];
  for (const ind of feed.indicators) {
    const cells = selectCells(feed, ind.id, options);
    const { conflicts } = resolveConflicts(ctx, cells);
    for (const group of [...conflicts, ...cumulativeConflicts(ind, cells)]) {
      const first = group.cells[0];
      if (!first) continue;
      const said = group.cells
        .map((c) => `${reading(c) ?? 'suppressed'} (${c.obs.source}, ${c.period.text})`)
        .join(', ');
      const what =
        group.kind === 'same-period'
          ? `sources disagree: ${said}; using the first, from the latest-dated source`
          : `a cumulative count falls from one source to a later one: ${said}`;
      flags.push({
        code: 'conflicting-sources',
        message: `${ind.id}, ${group.period}, ${describeCell(first)}: ${what}.`,
        indicator: ind.id,
        period: group.period,
        ...placeOf(first),
        sources: [...new Set(group.cells.map((c) => c.obs.source))],
        observations: group.cells.map((c) => c.index),
      });
    }
  }
  return flags;
}
