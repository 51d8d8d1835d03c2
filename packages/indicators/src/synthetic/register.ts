/**
 * A synthetic BAOM register: demo rows for the 16 Souss-Massa BAOMs, since no public
 * footfall counts exist. Deterministic for a seed, so the built-in feed can be committed
 * and regenerated identically. Every row is marked `synthetic: true`.
 *
 * Patterns follow what the seeds describe (BAOM study, 2024): MRE visit in July–August
 * (summer return), rights-holders are mostly widows claiming pensions, third-country
 * nationals (RPT) concentrate where farm work is (Chtouka-Aït Baha), BAOMs open one after
 * another from May 2021 and take a few months to become known (word of mouth).
 */
import { daysInMonth, toCalendarDate } from '../periods/calendar-date.js';
import { monthsBetween } from '../periods/period.js';
import {
  BAOM_PROFILES,
  type BaomProfile,
  OUTCOMES,
  type Outcome,
  type RegisterRow,
  REQUEST_TYPES,
  type RequestType,
} from '../registers/register-row.js';
import type { Sex } from '../schema/types.js';
import { BAOM_COMMUNES, type BaomCommune } from './baom-communes.js';
import { mulberry32, pickWeighted, type Random } from './prng.js';
import { codeUnitOrder } from '../code-unit-order.js';

export interface RegisterOptions {
  /** Seed of the generator; the same seed gives the same rows. Default 2021. */
  readonly seed?: number;
  /** First month, `YYYY-MM`. Default 2021-05 (the first BAOMs of PRIM). */
  readonly from?: string;
  /** Last month, `YYYY-MM`. Default 2024-08 (the end of PRIM). */
  readonly to?: string;
  /** Exact number of rows; by default, what the monthly rates give (a few thousand). */
  readonly rows?: number;
  readonly communes?: readonly BaomCommune[];
}

/** People received per month by a typical BAOM once known: low, as the evaluation noted. */
const BASE_RATE = 4;

/** Month (1-12) multipliers per profile. */
const SEASON: Readonly<Record<BaomProfile, readonly number[]>> = {
  mre: [0.7, 0.6, 0.7, 0.8, 0.8, 1.1, 3.2, 3.6, 1.2, 0.8, 0.7, 1.2],
  'mre-returnee': [1, 1, 1, 1, 1, 1.1, 1.3, 1.3, 1.2, 1, 1, 1],
  'rights-holder': [1.1, 1, 1, 1, 1, 1, 0.9, 0.9, 1.1, 1, 1, 1],
  // Farm seasons in the Souss plain draw workers from autumn to spring.
  rpt: [1.2, 1.2, 1.2, 1.1, 1, 0.9, 0.8, 0.8, 0.9, 1.1, 1.2, 1.2],
  other: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
};

/** Probability that a visitor of the profile is a woman. */
const SHARE_WOMEN: Readonly<Record<BaomProfile, number>> = {
  mre: 0.38,
  'mre-returnee': 0.25,
  'rights-holder': 0.85,
  rpt: 0.35,
  other: 0.5,
};

/** Weights of REQUEST_TYPES per profile, in the order of that list. */
const REQUESTS: Readonly<Record<BaomProfile, readonly number[]>> = {
  //      civil admin pension social invest resid health educ info
  mre: [3, 4, 0.5, 0.5, 2, 0, 0.3, 0.2, 1],
  'mre-returnee': [1, 3, 1, 2, 2, 0, 0.5, 0.3, 1],
  'rights-holder': [0.5, 1, 6, 3, 0, 0, 0.5, 0, 0.5],
  rpt: [1.5, 1, 0, 0.5, 0, 3, 2, 1.5, 2],
  other: [1, 2, 0.3, 0.5, 0.5, 0, 0.5, 0.5, 2],
};

/** Weights of OUTCOMES: most visits end with information or a referral. */
const OUTCOME_WEIGHTS = [4, 3, 2, 1];

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** A newly opened BAOM is little known; word of mouth brings people over about 9 months. */
function ramp(monthsOpen: number): number {
  return Math.min(1, 0.35 + (0.65 * monthsOpen) / 9);
}

interface Cell {
  readonly month: string;
  readonly commune: string;
  readonly profile: BaomProfile;
  readonly rate: number;
}

/** Expected people per month, commune and profile. */
function expectedCells(months: readonly string[], communes: readonly BaomCommune[]): Cell[] {
  const cells: Cell[] = [];
  const first = monthIndex(months[0] ?? '2021-05');
  for (const month of months) {
    const m = monthIndex(month);
    const calendarMonth = (m % 12) + 1;
    const growth = 1 + (0.12 * (m - first)) / 12;
    for (const c of communes) {
      const open = m - monthIndex(c.opens);
      if (open < 0) continue;
      const mixTotal = BAOM_PROFILES.reduce((s, p) => s + c.mix[p], 0);
      for (const profile of BAOM_PROFILES) {
        const season = SEASON[profile][calendarMonth - 1] ?? 1;
        const rate =
          BASE_RATE * c.size * ramp(open) * growth * season * (c.mix[profile] / mixTotal);
        if (rate > 0) cells.push({ month, commune: c.id, profile, rate });
      }
    }
  }
  return cells;
}

/** Index of the first cumulative weight above r (binary search). */
function bisect(cumulative: readonly number[], r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function makeRow(random: Random, cell: Cell): RegisterRow {
  const year = Number(cell.month.slice(0, 4));
  const month = Number(cell.month.slice(5, 7));
  const day = 1 + Math.floor(random() * daysInMonth(year, month));
  const sex: Sex = random() < SHARE_WOMEN[cell.profile] ? 'female' : 'male';
  const request_type = REQUEST_TYPES[pickWeighted(random, REQUESTS[cell.profile])] as RequestType;
  const outcome = OUTCOMES[pickWeighted(random, OUTCOME_WEIGHTS)] as Outcome;
  return {
    date: toCalendarDate(year, month, day),
    commune: cell.commune,
    profile: cell.profile,
    sex,
    request_type,
    outcome,
    synthetic: true,
  };
}

/**
 * Generates register rows, sorted by date then commune. Each row's month, commune and
 * profile are drawn in proportion to the expected rates, so the patterns hold at any
 * number of rows.
 */
export function generateRegister(options: RegisterOptions = {}): RegisterRow[] {
  const from = options.from ?? '2021-05';
  const to = options.to ?? '2024-08';
  for (const m of [from, to]) {
    if (!MONTH_RE.test(m)) throw new RangeError(`expected a month YYYY-MM, got "${m}"`);
  }
  const months = monthsBetween(`${from}-01`, `${to}-01`);
  const cells = expectedCells(months, options.communes ?? BAOM_COMMUNES);
  if (cells.length === 0) return [];
  const cumulative: number[] = [];
  let total = 0;
  for (const c of cells) cumulative.push((total += c.rate));
  const count = options.rows ?? Math.round(total);
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`rows must be a whole number ≥ 0, got ${count}`);
  }
  const random = mulberry32(options.seed ?? 2021);
  const rows: RegisterRow[] = [];
  for (let i = 0; i < count; i++) {
    const cell = cells[bisect(cumulative, random() * total)] as Cell;
    rows.push(makeRow(random, cell));
  }
  return rows.sort((a, b) => codeUnitOrder(a.date, b.date) || codeUnitOrder(a.commune, b.commune));
}
