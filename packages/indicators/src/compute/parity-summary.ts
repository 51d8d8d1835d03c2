import type { ParityResult, ParityStatus } from './results.js';

/** How many activities meet parity, of those whose share of women is known. */
export interface ParitySummary {
  readonly meets: number;
  /** Activities whose share of women is known. */
  readonly known: number;
  /** Activities with no sex breakdown: never counted as meeting or missing parity. */
  readonly unknown: number;
  readonly threshold: number;
  /** 'meets' only when every known activity does; 'unknown' when none is known. */
  readonly status: ParityStatus;
}

export function paritySummary(rows: readonly ParityResult[]): ParitySummary {
  const known = rows.filter((r) => r.status !== 'unknown');
  const meets = known.filter((r) => r.status === 'meets').length;
  return {
    meets,
    known: known.length,
    unknown: rows.length - known.length,
    threshold: rows[0]?.threshold ?? 0.5,
    status: known.length === 0 ? 'unknown' : meets === known.length ? 'meets' : 'below',
  };
}
