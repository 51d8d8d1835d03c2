/**
 * 'out-of-range-date': an observation whose period ends after the feed's own as-of date
 * (the feed reports what it cannot yet know), or lies wholly outside the programme's dates.
 * Looking at an earlier date than the feed's is not a data problem: what came later is
 * simply left out of the computations (and listed as later by `laterFigures`), without a
 * flag — a report as of that date speaks of no other date. A period that
 * straddles the programme's start or end (a calendar year, say) is not flagged.
 */
import { dayNumber } from '../../periods/calendar-date.js';
import type { Feed } from '../../schema/types.js';
import { type Cell, describeCell } from '../cells.js';
import type { ComputeOptions, Flag } from '../results.js';
import { asOfOf, selectCells } from '../select.js';
import { placeOf, sourcesText } from './flag-fields.js';

export function outOfRangeDate(feed: Feed, options?: ComputeOptions): Flag[] {
  const asOf = feed.asOf;
  const viewedAt = dayNumber(asOfOf(feed, options));
  const { start, end } = feed.programme;
  const [asOfDay, startDay, endDay] = [dayNumber(asOf), dayNumber(start), dayNumber(end)];
  const flags: Flag[] = [];
  for (const ind of feed.indicators) {
    const cells = selectCells(feed, ind.id, options, true);
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] as Cell;
      // Seen from an earlier date, a period after the feed's date is only later still.
      if (c.end > viewedAt && viewedAt < asOfDay) continue;
      const why =
        c.end > asOfDay
          ? `ends on ${c.period.end}, after the feed's as-of date ${asOf}${c.end > viewedAt ? ', so it is not used' : ''}`
          : c.end < startDay
            ? `ends on ${c.period.end}, before the programme started (${start})`
            : c.start > endDay
              ? `starts on ${c.period.start}, after the programme ended (${end})`
              : undefined;
      if (!why) continue;
      flags.push({
        code: 'out-of-range-date',
        message: `${ind.id}, ${c.period.text}, ${describeCell(c)}: the period ${why} (${sourcesText([c.obs.source])}).`,
        indicator: ind.id,
        period: c.period.text,
        ...placeOf(c),
        sources: [c.obs.source],
        observations: [c.index],
      });
    }
  }
  return flags;
}
