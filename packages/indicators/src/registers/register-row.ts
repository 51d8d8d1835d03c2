/**
 * One line of a BAOM register: a person received on a day. Registers hold personal data
 * and stay with the BAOM officer; only aggregates (see `monthlyCounts`) may leave them, so
 * a row carries no name or identifier.
 */
import type { CalendarDate } from '../periods/calendar-date.js';
import type { Sex } from '../schema/types.js';

/** Beneficiary profiles a BAOM records (docs/domain.md, "The domain"). */
export const BAOM_PROFILES = ['mre', 'mre-returnee', 'rights-holder', 'rpt', 'other'] as const;
export type BaomProfile = (typeof BAOM_PROFILES)[number];

/** What the person came for. */
export const REQUEST_TYPES = [
  'civil-status',
  'administrative',
  'pension',
  'social-security',
  'investment',
  'residence',
  'health',
  'education',
  'information',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/**
 * What the BAOM did: informed on the spot, oriented (referred) to a service, accompanied
 * the person through a procedure, or resolved the matter. The last two are 'cases'.
 */
export const OUTCOMES = ['informed', 'oriented', 'accompanied', 'resolved'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface RegisterRow {
  readonly date: CalendarDate;
  /** Commune id, as in the feed's `dimensions.commune`. */
  readonly commune: string;
  readonly profile: BaomProfile;
  readonly sex: Sex;
  readonly request_type: RequestType;
  readonly outcome: Outcome;
  /** True for generated demo rows; every figure computed from them must say so. */
  readonly synthetic?: boolean;
}
