import { dayNumber } from '../periods/calendar-date.js';
import type { Feed } from '../schema/types.js';
import type { FeedIssue } from './feed-issue.js';

/**
 * Figures the schema accepts one field at a time but that cannot all be true together: a
 * share above one, a part larger than its whole, a commune placed in the wrong region, a
 * call closed before it opened, and values whose sum is no longer a finite number (every
 * total the model computes is a sum of some of them, so it could only come out as
 * Infinity and be shown as "no data"). Issues carry the JSON path of the offending field.
 */
export function checkPlausibility(feed: Feed): FeedIssue[] {
  const issues: FeedIssue[] = [];
  const add = (path: string, message: string, code: string) => issues.push({ path, message, code });
  const ratio = new Set(feed.indicators.filter((i) => i.kind === 'ratio').map((i) => i.id));
  const regionOf = new Map((feed.dimensions.commune ?? []).map((c) => [c.id, c.region]));

  (feed.dimensions.call ?? []).forEach((c, i) => {
    if (
      c.opened !== undefined &&
      c.closed !== undefined &&
      dayNumber(c.closed) < dayNumber(c.opened)
    )
      add(
        `$.dimensions.call[${i}].closed`,
        `the call closed (${c.closed}) before it opened (${c.opened})`,
        'invalid-span',
      );
  });
  feed.indicators.forEach((ind, i) => {
    if (!ratio.has(ind.id)) return;
    const points = [
      ['baseline', ind.baseline],
      ['target', ind.target],
      ...(ind.milestones ?? []).map((m, j) => [`milestones[${j}]`, m] as const),
    ] as const;
    for (const [key, point] of points)
      if (point !== undefined && point.value > 1)
        add(
          `$.indicators[${i}].${key}.value`,
          `a ratio indicator's value is a share between 0 and 1, got ${point.value}`,
          'share-above-one',
        );
  });
  (feed.activities ?? []).forEach((a, i) => {
    const home = a.commune === undefined ? undefined : regionOf.get(a.commune);
    if (home !== undefined && a.region !== undefined && home !== a.region)
      add(
        `$.activities[${i}].region`,
        `commune "${a.commune}" is in region "${home}", not "${a.region}"`,
        'region-mismatch',
      );
  });

  /** Running sums per indicator of values, numerators and denominators. */
  const sums = new Map<string, [number, number, number]>();
  feed.observations.forEach((o, i) => {
    if (o.numerator !== undefined && o.denominator !== undefined) {
      if (o.denominator === 0)
        add(
          `$.observations[${i}].denominator`,
          'a denominator of 0 cannot have a numerator',
          'zero-denominator',
        );
      else if (o.numerator > o.denominator)
        add(
          `$.observations[${i}].numerator`,
          `the numerator (${o.numerator}) exceeds the denominator (${o.denominator})`,
          'numerator-above-denominator',
        );
    }
    if (ratio.has(o.indicator) && o.value !== undefined && o.value > 1)
      add(
        `$.observations[${i}].value`,
        `a ratio indicator's value is a share between 0 and 1, got ${o.value}`,
        'share-above-one',
      );
    const home = o.commune === undefined ? undefined : regionOf.get(o.commune);
    if (home !== undefined && o.region !== undefined && home !== o.region)
      add(
        `$.observations[${i}].region`,
        `commune "${o.commune}" is in region "${home}", not "${o.region}"`,
        'region-mismatch',
      );
    let sum = sums.get(o.indicator);
    if (!sum) {
      sum = [0, 0, 0];
      sums.set(o.indicator, sum);
    }
    const next = [
      sum[0] + (o.value ?? 0),
      sum[1] + (o.numerator ?? 0),
      sum[2] + (o.denominator ?? 0),
    ] as const;
    const overflow: number = !Number.isFinite(next[0])
      ? 0
      : !Number.isFinite(next[1])
        ? 1
        : !Number.isFinite(next[2])
          ? 2
          : -1;
    if (overflow < 0) [sum[0], sum[1], sum[2]] = next;
    else
      add(
        `$.observations[${i}].${(['value', 'numerator', 'denominator'] as const)[overflow]}`,
        `too large: added to the other figures of "${o.indicator}" it overflows to Infinity`,
        'overflow',
      );
  });
  return issues;
}
