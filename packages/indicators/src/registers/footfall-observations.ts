/**
 * Tallied register counts → feed observations with small cells withheld: per month and
 * commune, people received ('baom-footfall') and cases ('baom-cases') by profile × sex,
 * by profile, by sex, and the commune's total. Each month-commune table is suppressed
 * on its own (see suppression.ts): no published figure adds up across tables.
 */
import type { Observation } from '../schema/types.js';
import { BAOM_PROFILES } from './register-row.js';
import { TALLY_SEXES, type TallyTable, withMargins } from './register-tally.js';
import { suppressTable } from './suppression.js';

export const FOOTFALL_ID = 'baom-footfall';
export const CASES_ID = 'baom-cases';

export interface SuppressionOptions {
  /** Counts below k are withheld. Default 5. */
  readonly k?: number;
  /** Source id the observations cite. */
  readonly source: string;
}

export interface FootfallObservations {
  readonly observations: Observation[];
  /** Cells withheld as < k, and complements withheld to protect them. */
  readonly withheld: { readonly primary: number; readonly secondary: number };
  /** Withheld cells that could not be protected (only possible with k ≤ 2). */
  readonly exposed: number;
}

export const DEFAULT_K = 5;

export function footfallObservations(
  tables: readonly TallyTable[],
  options: SuppressionOptions,
): FootfallObservations {
  const k = options.k ?? DEFAULT_K;
  const observations: Observation[] = [];
  let primary = 0;
  let secondary = 0;
  let exposed = 0;
  for (const t of tables) {
    for (const [indicator, inner] of [
      [FOOTFALL_ID, t.people],
      [CASES_ID, t.cases],
    ] as const) {
      const table = withMargins(inner);
      const s = suppressTable(table, k);
      exposed += s.exposed.length;
      const lastRow = table.length - 1;
      const lastCol = (table[0]?.length ?? 1) - 1;
      // Commune total, totals by sex, then each profile's total and its split by sex.
      const order: [number, number][] = [
        [lastRow, lastCol],
        ...TALLY_SEXES.map((_, j) => [lastRow, j] as [number, number]),
        ...BAOM_PROFILES.flatMap((_, i) => [
          [i, lastCol] as [number, number],
          ...TALLY_SEXES.map((_, j) => [i, j] as [number, number]),
        ]),
      ];
      for (const [i, j] of order) {
        const n = table[i]?.[j] ?? 0;
        if (n === 0) continue;
        const hidden = s.withheld[i]?.[j] === true;
        if (hidden) {
          if (n < k) primary += 1;
          else secondary += 1;
        }
        const profile = i < lastRow ? BAOM_PROFILES[i] : undefined;
        const sex = j < lastCol ? TALLY_SEXES[j] : undefined;
        observations.push({
          indicator,
          period: t.month,
          commune: t.commune,
          ...(profile ? { profile } : {}),
          ...(sex ? { sex } : {}),
          ...(hidden ? { suppressed: { below: s.below(i, j) } } : { value: n }),
          source: options.source,
          ...(t.synthetic ? { synthetic: true } : {}),
        });
      }
    }
  }
  return { observations, withheld: { primary, secondary }, exposed };
}
