import type { ResolvedThresholds } from './defaults.js';
import type { Status } from './results.js';

export interface StatusInput {
  readonly actual: number | undefined;
  readonly target: number | undefined;
  readonly expected: number | undefined;
  readonly direction?: 'increase' | 'decrease' | undefined;
  readonly thresholds: Pick<ResolvedThresholds, 'onTrack' | 'atRisk'>;
}

/**
 * achieved when the actual reaches the target; else the actual against the value expected
 * by now: ≥ (1 − onTrack) × expected is on track, ≥ (1 − atRisk) × expected at risk, below
 * that off track. For a 'decrease' indicator the comparisons are mirrored (≤ target is
 * achieved, ≤ (1 + onTrack) × expected on track…). 'no-data' when there is no actual;
 * 'no-target' when there is one but nothing to judge it against.
 */
export function statusOf({ actual, target, expected, direction, thresholds }: StatusInput): Status {
  if (actual === undefined) return 'no-data';
  if (target === undefined || expected === undefined) return 'no-target';
  if (direction === 'decrease') {
    if (actual <= target) return 'achieved';
    if (actual <= (1 + thresholds.onTrack) * expected) return 'on-track';
    if (actual <= (1 + thresholds.atRisk) * expected) return 'at-risk';
    return 'off-track';
  }
  if (actual >= target) return 'achieved';
  if (actual >= (1 - thresholds.onTrack) * expected) return 'on-track';
  if (actual >= (1 - thresholds.atRisk) * expected) return 'at-risk';
  return 'off-track';
}
