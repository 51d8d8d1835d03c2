import { FUND_INDICATORS } from './fund-indicators.js';
import type { Feed } from '../schema/types.js';
import { aggregate, aggregateCells } from './aggregate.js';
import { breakdown } from './breakdown.js';
import { mergeProvenance } from './combine.js';
import { contextOf } from './context.js';
import { groupBy } from './group.js';
import { progress } from './progress.js';
import type {
  Aggregate,
  BreakdownRow,
  ComputeOptions,
  PipelineRow,
  Progress,
  SeriesPoint,
} from './results.js';
import { selectCells } from './select.js';
import { series } from './series.js';

export { FUND_INDICATORS } from './fund-indicators.js';

/** Fund completion rate: cumulative projects funded against the 100-project objective. */
export function fundCompletion(
  feed: Feed,
  options?: ComputeOptions,
): Progress & { byRegion: readonly BreakdownRow[]; series: readonly SeriesPoint[] } {
  const id = FUND_INDICATORS.completion;
  return {
    ...progress(feed, id, options),
    byRegion: breakdown(feed, id, 'region', options),
    series: series(feed, id, { ...options, by: 'period' }),
  };
}

/**
 * Each call for projects: applications → selected → funded, and its budgets, one per
 * currency (amounts in different currencies are never added). Declared calls first, in
 * the feed's order, then any call only the observations name.
 */
export function fundPipeline(feed: Feed, options?: ComputeOptions): PipelineRow[] {
  const ctx = contextOf(feed);
  const ids = [FUND_INDICATORS.applications, FUND_INDICATORS.selected, FUND_INDICATORS.funded];
  const declared = feed.dimensions.call ?? [];
  const observed = [...ids, FUND_INDICATORS.budget].flatMap((id) =>
    selectCells(feed, id, options).flatMap((c) => (c.obs.call ? [c.obs.call] : [])),
  );
  const calls = [...new Set([...declared.map((c) => c.id), ...observed])];
  const budgetInd = ctx.indicators.get(FUND_INDICATORS.budget);

  return calls.map((call) => {
    const opts = { ...options, filter: { ...options?.filter, call } };
    const [applications, selected, funded] = ids.map((id) => aggregate(feed, id, opts)) as [
      Aggregate,
      Aggregate,
      Aggregate,
    ];
    const budgetCells = budgetInd ? selectCells(feed, budgetInd.id, opts) : [];
    const byCurrency = groupBy(budgetCells, (c) => c.obs.currency ?? budgetInd?.currency);
    const budgetAggregates = [...byCurrency].flatMap(([currency, cells]) =>
      budgetInd ? [{ currency, a: aggregateCells(ctx, budgetInd, cells).aggregate }] : [],
    );
    const region = declared.find((c) => c.id === call)?.region;
    return {
      ...mergeProvenance([applications, selected, funded, ...budgetAggregates.map((b) => b.a)]),
      call,
      ...(region !== undefined ? { region } : {}),
      applications: applications.value,
      selected: selected.value,
      funded: funded.value,
      budgets: budgetAggregates.flatMap(({ currency, a }) =>
        a.value === undefined ? [] : [{ amount: a.value, currency }],
      ),
    };
  });
}
