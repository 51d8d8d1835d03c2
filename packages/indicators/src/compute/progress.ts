import type { Feed } from '../schema/types.js';
import { aggregateCells } from './aggregate.js';
import { divide, emptyAggregate, mergeProvenance } from './combine.js';
import { contextOf } from './context.js';
import { cumulativeFalls } from './cumulative-falls.js';
import { thresholdsOf } from './defaults.js';
import { expectedValue } from './expected.js';
import { readingOf } from './reading.js';
import type { ComputeOptions, Conflict, Progress } from './results.js';
import { asOfOf, selectCells } from './select.js';
import { statusOf } from './status.js';
import { targetScope } from './target-scope.js';

/**
 * Where an indicator stands as of a date: the actual value (see `aggregate`), the target,
 * completion = actual ÷ target, the value expected by then and a status. Disagreeing
 * sources are listed in `conflicts`. The target is used only for the place it was set for
 * (see `targetScope`); elsewhere the status is 'no-target'.
 */
export function progress(feed: Feed, indicator: string, options?: ComputeOptions): Progress {
  const ctx = contextOf(feed);
  const asOf = asOfOf(feed, options);
  const ind = ctx.indicators.get(indicator);
  if (!ind) {
    return {
      indicator,
      asOf,
      actual: undefined,
      completion: undefined,
      expected: undefined,
      expectedCompletion: undefined,
      status: 'no-data',
      reading: readingOf(emptyAggregate()),
      conflicts: [],
      sources: [],
      synthetic: false,
      suppressed: false,
    };
  }
  const scope = targetScope(ind, options?.filter);
  const cells = selectCells(feed, indicator, { ...options, filter: scope.filter });
  const { aggregate: a, conflicts: local } = aggregateCells(ctx, ind, cells);
  const conflicts = [...local, ...cumulativeFalls(ctx, ind, cells)];
  const plan = scope.applies ? ind.target : undefined;
  const target = plan?.value;
  const expected = plan ? expectedValue(feed, ind, asOf) : undefined;
  const { value: actual, period } = a;
  return {
    ...mergeProvenance([a]),
    indicator,
    asOf,
    actual,
    ...(period !== undefined ? { actualPeriod: period } : {}),
    reading: readingOf(a),
    ...(plan ? { baseline: ind.baseline?.value ?? 0, target, targetDate: plan.date } : {}),
    completion: divide(actual, target),
    expected,
    expectedCompletion: divide(expected, target),
    status: statusOf({
      actual,
      target,
      expected,
      direction: ind.direction,
      thresholds: thresholdsOf(feed),
    }),
    conflicts: conflicts.map(({ period: p, values }): Conflict => ({ period: p, values })),
  };
}
