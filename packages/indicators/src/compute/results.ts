/**
 * The shapes the computations return. Widgets, the CLI and the dashboard code against these;
 * every number that may be unknown is `undefined`, never NaN, Infinity or a silent zero.
 */
import type { CalendarDate } from '../periods/calendar-date.js';
import type { Sex } from '../schema/types.js';

/** Narrows the observations a computation reads. Unset fields do not filter. */
export interface Filter {
  readonly region?: string;
  readonly commune?: string;
  readonly sex?: Sex;
  readonly profile?: string;
  readonly activity?: string;
  readonly call?: string;
  /** Only observations whose period starts on or after this date. */
  readonly from?: CalendarDate;
  /** Only observations whose period ends on or before this date. */
  readonly to?: CalendarDate;
}

export interface ComputeOptions {
  /** The date every computation is made at; defaults to the feed's `asOf`. */
  readonly asOf?: CalendarDate;
  readonly filter?: Filter;
}

/** A dimension observations can be broken down by. */
export type Dimension = 'region' | 'commune' | 'sex' | 'profile' | 'activity' | 'call';

/** Where a number comes from and how sure it is. Shared by every result below. */
export interface Provenance {
  /** Source ids of the observations behind the number. */
  readonly sources: readonly string[];
  /** True when any observation behind the number is synthetic. */
  readonly synthetic: boolean;
  /** True when a part was suppressed (< k): the value is then a lower bound. */
  readonly suppressed: boolean;
  /** 'approximate' ("about 20") or 'at-least' ("more than 80") when a source said so. */
  readonly qualifier?: 'approximate' | 'at-least';
}

/** The periods a figure covers: for a sum, its first and last period; for a stock, its last. */
export interface Span {
  readonly start: string;
  readonly end: string;
}

/** An aggregated value: a flow summed, a stock's last value, a ratio recomputed from parts. */
export interface Aggregate extends Provenance {
  /** Undefined when there is no usable observation (no data is not zero). */
  readonly value: number | undefined;
  /** The period of the last observation used, e.g. '2024-05'. */
  readonly period?: string;
  /** What the value covers: '2021-05' to '2024-08' for a sum of months. */
  readonly span?: Span;
  readonly currency?: string;
  /** Observations used. */
  readonly count: number;
}

/**
 * How a figure must be read: exactly, about ('≈'), at least ('≥', a part withheld or a
 * source said "more than") or below a limit ('< k', everything withheld).
 */
export type Bound = 'exact' | 'approx' | 'at-least' | 'below';

/** A figure with everything a reader must be told about it, in every language alike. */
export interface Reading {
  /** Undefined when nothing is known (then `bound` is 'below' with a `limit`, or 'exact'). */
  readonly value: number | undefined;
  readonly bound: Bound;
  /** The number the true value is below, when `bound` is 'below'. */
  readonly limit?: number;
  /** The periods the figure covers, when it has any. */
  readonly span?: Span;
  readonly sources: readonly string[];
  readonly synthetic: boolean;
  readonly suppressed: boolean;
}

export interface SeriesPoint extends Provenance {
  readonly period: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly value: number | undefined;
}

/** One row of a breakdown by a dimension. */
export interface BreakdownRow extends Aggregate {
  readonly key: string;
}

/** 'no-target': there is an actual value but no target to judge it against. */
export type Status = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-target' | 'no-data';

/** Two or more sources disagree for the same indicator, period and place. */
export interface Conflict {
  readonly period: string;
  /** Each figure with the ids of the sources that give it (a sum may rest on several). */
  readonly values: ReadonlyArray<{ readonly value: number; readonly sources: readonly string[] }>;
}

export interface Progress extends Provenance {
  readonly indicator: string;
  readonly asOf: CalendarDate;
  readonly actual: number | undefined;
  readonly actualPeriod?: string;
  /** The actual value as a reader must read it, with the periods it covers. */
  readonly reading: Reading;
  readonly baseline?: number;
  readonly target?: number;
  readonly targetDate?: CalendarDate;
  /** actual ÷ target, when both are known and the target is not zero. */
  readonly completion: number | undefined;
  /** The value expected by `asOf`: linear from baseline to target, or through milestones. */
  readonly expected: number | undefined;
  /** expected ÷ target. */
  readonly expectedCompletion: number | undefined;
  readonly status: Status;
  /** Disagreeing sources behind the actual value (shown, never hidden). */
  readonly conflicts: readonly Conflict[];
}

export type ParityStatus = 'meets' | 'below' | 'unknown';

export interface ParityResult extends Provenance {
  readonly activity: string;
  readonly women: number | undefined;
  readonly men: number | undefined;
  /** Participants in all, when reported (with or without a sex breakdown). */
  readonly total: number | undefined;
  /** women ÷ (women + men), or the share a source reported; undefined when unknown. */
  readonly shareWomen: number | undefined;
  /** Gender Parity Index: women ÷ men; undefined when men is 0 or unknown. */
  readonly gpi: number | undefined;
  readonly threshold: number;
  readonly status: ParityStatus;
  /** How the share is known: from counts by sex, from a reported share, or not at all. */
  readonly basis: 'counts' | 'reported-share' | 'none';
}

export type FlagCode =
  | 'incomplete-disaggregation'
  | 'missing-sex'
  | 'out-of-range-date'
  | 'conflicting-sources'
  | 'stale';

/** A data-quality finding. The message is English; `code` is stable for programs. */
export interface Flag {
  readonly code: FlagCode;
  readonly message: string;
  readonly indicator?: string;
  readonly activity?: string;
  readonly period?: string;
  readonly region?: string;
  readonly commune?: string;
  readonly sources?: readonly string[];
  /** Indices into `feed.observations` of the observations concerned. */
  readonly observations?: readonly number[];
}

/** BAOM footfall (indicator `baom-footfall`), ready for charts. */
export interface FootfallSummary {
  readonly indicator: string;
  readonly total: Aggregate;
  /** One point per month, in time order; a month with no observation has value undefined. */
  readonly byMonth: readonly SeriesPoint[];
  readonly byCommune: readonly BreakdownRow[];
  /** `share` is the profile's part of the total (undefined when the total is unknown). */
  readonly byProfile: ReadonlyArray<BreakdownRow & { readonly share: number | undefined }>;
  readonly bySex: readonly BreakdownRow[];
  readonly seasonality: {
    /** The calendar years it is computed over: those with all twelve months known. */
    readonly years: readonly string[];
    /** Share of the year's people received in July and August. */
    readonly julyAugustShare: number | undefined;
    /** Mean of July–August months ÷ mean of the other months. */
    readonly peakRatio: number | undefined;
  };
  readonly synthetic: boolean;
}

/** One call for projects: applications → selected → funded, with budgets in their currency. */
export interface PipelineRow extends Provenance {
  readonly call: string;
  readonly region?: string;
  readonly applications: number | undefined;
  readonly selected: number | undefined;
  readonly funded: number | undefined;
  /** Budgets are never added across currencies. */
  readonly budgets: ReadonlyArray<{ readonly amount: number; readonly currency: string }>;
}

/** Observations of one indicator left out because their period ends after the report's date. */
export interface LaterFigures {
  readonly indicator: string;
  readonly count: number;
  /** The first and the last of their periods. */
  readonly span: Span;
}

/** What `prim indicators --json` prints. */
export interface IndicatorsReport {
  readonly asOf: CalendarDate;
  /** What the report leaves out as later than `asOf`, per indicator (empty at the feed's date). */
  readonly later: readonly LaterFigures[];
  readonly indicators: ReadonlyArray<Progress & { readonly id: string }>;
  readonly parity: readonly ParityResult[];
  readonly flags: readonly Flag[];
}
