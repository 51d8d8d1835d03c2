import type { Feed, Indicator } from '../schema/types.js';
import { aggregateCells } from './aggregate.js';
import type { Cell } from './cells.js';
import { divide, mergeProvenance } from './combine.js';
import { contextOf } from './context.js';
import { DEFAULT_PARITY, parityThreshold } from './defaults.js';
import type { Aggregate, ComputeOptions, ParityResult, ParityStatus } from './results.js';
import { selectCells } from './select.js';

/**
 * Share of women = women ÷ (women + men) and the Gender Parity Index = women ÷ men.
 * 'unknown' unless both counts are known: a missing count is not a zero.
 */
export function parityOf(
  women?: number,
  men?: number,
  threshold: number = DEFAULT_PARITY,
): { shareWomen?: number; gpi?: number; status: ParityStatus } {
  const shareWomen =
    women === undefined || men === undefined ? undefined : divide(women, women + men);
  const gpi = women === undefined ? undefined : divide(women, men);
  return {
    ...(shareWomen !== undefined ? { shareWomen } : {}),
    ...(gpi !== undefined ? { gpi } : {}),
    status: shareStatus(shareWomen, threshold),
  };
}

function shareStatus(share: number | undefined, threshold: number): ParityStatus {
  if (share === undefined) return 'unknown';
  return share >= threshold ? 'meets' : 'below';
}

/** The parity indicators: counts disaggregated by sex, and reported shares of women. */
export function parityIndicators(feed: Feed): { counts: Indicator[]; shares: Indicator[] } {
  const withParity = feed.indicators.filter((i) => i.parity !== undefined);
  return {
    counts: withParity.filter((i) => i.aggregation !== 'ratio'),
    shares: withParity.filter((i) => i.aggregation === 'ratio'),
  };
}

const bySex = (cells: readonly Cell[], sex: 'female' | 'male') =>
  cells.filter((c) => c.values.sex === sex);

/**
 * The 50% check for every activity with a parity measure, in the feed's order: from
 * participant counts by sex when there are any (basis 'counts'), else from a share of women
 * a source reported (basis 'reported-share'), else 'unknown' (basis 'none') — the total is
 * still given when known. The threshold is the indicator's, else the feed's, else 0.5.
 */
export function parity(feed: Feed, options?: ComputeOptions): ParityResult[] {
  const ctx = contextOf(feed);
  const { counts, shares } = parityIndicators(feed);
  const out: ParityResult[] = [];
  for (const activity of feed.activities ?? []) {
    const opts = { ...options, filter: { ...options?.filter, activity: activity.id } };
    const cellsOf = (i: Indicator) => selectCells(feed, i.id, opts);
    const countInd = counts.find((i) => cellsOf(i).length > 0);
    const shareInd = shares.find((i) => cellsOf(i).length > 0);
    if (!countInd && !shareInd) continue;

    const countCells = countInd ? cellsOf(countInd) : [];
    const totalAgg = countInd ? aggregateCells(ctx, countInd, countCells).aggregate : undefined;
    const total = totalAgg?.value;
    const sexed =
      countInd && bySex(countCells, 'female').length > 0 && bySex(countCells, 'male').length > 0;

    if (countInd && totalAgg && sexed) {
      const w = aggregateCells(ctx, countInd, bySex(countCells, 'female')).aggregate;
      const m = aggregateCells(ctx, countInd, bySex(countCells, 'male')).aggregate;
      const threshold = parityThreshold(feed, countInd);
      // A suppressed count is only a lower bound: the share cannot be known from it.
      const known = !w.suppressed && !m.suppressed;
      const p = known ? parityOf(w.value, m.value, threshold) : { status: 'unknown' as const };
      out.push({
        ...mergeProvenance([totalAgg, w, m]),
        activity: activity.id,
        women: w.value,
        men: m.value,
        total,
        shareWomen: p.shareWomen,
        gpi: p.gpi,
        threshold,
        status: p.status,
        basis: 'counts',
      });
      continue;
    }
    const shareAgg = shareInd
      ? aggregateCells(ctx, shareInd, cellsOf(shareInd)).aggregate
      : undefined;
    // A "share" outside [0, 1] is bad data, not a share: treat it as unknown.
    const reported = shareAgg?.value;
    const share = reported !== undefined && reported <= 1 ? reported : undefined;
    const used = shareInd && share !== undefined ? shareInd : (countInd ?? shareInd);
    const threshold = parityThreshold(feed, used);
    out.push({
      ...mergeProvenance([totalAgg, shareAgg].filter((a): a is Aggregate => a !== undefined)),
      activity: activity.id,
      women: undefined,
      men: undefined,
      total,
      shareWomen: share,
      gpi: share === undefined ? undefined : divide(share, 1 - share),
      threshold,
      status: shareStatus(share, threshold),
      basis: share === undefined ? 'none' : 'reported-share',
    });
  }
  return out;
}
