/**
 * Documented defaults. Each can be overridden by the feed (`thresholds`) or, for parity and
 * staleness, by the indicator itself.
 */
import type { Feed, Indicator } from '../schema/types.js';

/** Actual ≥ (1 − 0.15) × expected is on track: TolaData's ±15% band. */
export const DEFAULT_ON_TRACK = 0.15;
/** Actual ≥ (1 − 0.3) × expected is at risk; below that, off track. */
export const DEFAULT_AT_RISK = 0.3;
/** A share of women of at least 50% meets parity. */
export const DEFAULT_PARITY = 0.5;
/** An indicator with no observation in the last 365 days before `asOf` is stale. */
export const DEFAULT_STALE_AFTER_DAYS = 365;

export interface ResolvedThresholds {
  readonly onTrack: number;
  readonly atRisk: number;
  readonly parity: number;
  readonly staleAfterDays: number;
}

/** The feed's thresholds with the defaults filled in. */
export function thresholdsOf(feed: Feed): ResolvedThresholds {
  const t = feed.thresholds ?? {};
  return {
    onTrack: t.onTrack ?? DEFAULT_ON_TRACK,
    atRisk: t.atRisk ?? DEFAULT_AT_RISK,
    parity: t.parity ?? DEFAULT_PARITY,
    staleAfterDays: t.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
  };
}

/** Parity threshold of an indicator: its own, else the feed's, else 0.5. */
export function parityThreshold(feed: Feed, indicator: Indicator | undefined): number {
  return indicator?.parity?.threshold ?? thresholdsOf(feed).parity;
}

/** Staleness of an indicator: its own, else the feed's, else 365 days. */
export function staleAfterDays(feed: Feed, indicator: Indicator): number {
  return indicator.staleAfterDays ?? thresholdsOf(feed).staleAfterDays;
}
