import type { Feed } from '../schema/types.js';
import { aggregate } from './aggregate.js';
import { breakdown } from './breakdown.js';
import { divide } from './combine.js';
import { groupBy } from './group.js';
import { memoPerFeed, optionsKey } from './memo.js';
import type { BreakdownRow, ComputeOptions, FootfallSummary, SeriesPoint } from './results.js';
import { selectCells } from './select.js';
import { series } from './series.js';

export const FOOTFALL_INDICATOR = 'baom-footfall';

const isSummer = (p: SeriesPoint) => p.period.endsWith('-07') || p.period.endsWith('-08');

/**
 * Summer weight of the MRE season, over the calendar years with a figure for all twelve
 * months (a partial year would over- or under-state it): July–August's share of the
 * year's people, and the mean July–August month ÷ the mean other month.
 */
function seasonality(byMonth: readonly SeriesPoint[]): FootfallSummary['seasonality'] {
  const years = [...groupBy(byMonth, (p) => p.period.slice(0, 4)).values()].filter(
    (months) => months.length === 12 && months.every((p) => p.value !== undefined),
  );
  const months = years.flat();
  const sum = (ps: readonly SeriesPoint[]) => ps.reduce((s, p) => s + (p.value ?? 0), 0);
  const summer = sum(months.filter(isSummer));
  const rest = sum(months.filter((p) => !isSummer(p)));
  const n = years.length;
  return {
    years: years.map((ms) => ms[0]?.period.slice(0, 4) ?? ''),
    julyAugustShare: n === 0 ? undefined : divide(summer, summer + rest),
    peakRatio: n === 0 ? undefined : divide(summer / (2 * n), rest / (10 * n)),
  };
}

/**
 * BAOM footfall (indicator 'baom-footfall'): the total, every month in range, and the
 * breakdowns by commune, profile and sex, with the July–August seasonality.
 */
export const footfall = memoPerFeed(footfallOf, (options?) => optionsKey(options));

function footfallOf(feed: Feed, options?: ComputeOptions): FootfallSummary {
  const id = FOOTFALL_INDICATOR;
  const total = aggregate(feed, id, options);
  const byMonth = series(feed, id, { ...options, by: 'month' });
  // The breakdowns are worked out when first read (breakdown() remembers them): a chart
  // of monthly totals, the commonest embed, needs none of the three.
  let byProfile: FootfallSummary['byProfile'] | undefined;
  return {
    indicator: id,
    total,
    byMonth,
    get byCommune() {
      return breakdown(feed, id, 'commune', options);
    },
    get byProfile() {
      byProfile ??= profileShares(breakdown(feed, id, 'profile', options), total.value);
      return byProfile;
    },
    get bySex() {
      return breakdown(feed, id, 'sex', options);
    },
    seasonality: seasonality(byMonth),
    synthetic: selectCells(feed, id, options).some((c) => c.obs.synthetic === true),
  };
}

/**
 * Each profile's share, against the larger of the total and the sum of profiles, so that
 * inconsistent parts (flagged as incomplete-disaggregation) still give shares within [0, 1].
 */
function profileShares(
  rows: readonly BreakdownRow[],
  total: number | undefined,
): FootfallSummary['byProfile'] {
  const partsSum = rows.reduce((s, r) => s + (r.value ?? 0), 0);
  const base = total === undefined ? undefined : Math.max(total, partsSum);
  return rows.map((r) => ({ ...r, share: divide(r.value, base) }));
}
