/**
 * Tallied register counts → feed observations with small cells withheld: per month and
 * commune, people received ('baom-footfall') and cases ('baom-cases') by profile × sex,
 * by profile, by sex, and the commune's total.
 *
 * Both tables of a month and commune count the same people (every case is a visit), so
 * they are suppressed together as one linked set (see suppression.ts), and the
 * observations written are audited again, read back as a reader would read them: if any
 * withheld count could be recomputed from them, nothing is published
 * (`DisclosureError`). Tables of different months or communes share no published total.
 */
import type { Observation } from '../schema/types.js';
import { type Mark, exposedCells, type Subset } from './disclosure-audit.js';
import { BAOM_PROFILES } from './register-row.js';
import { TALLY_SEXES, type TallyTable, withMargins } from './register-tally.js';
import { suppressLinked } from './suppression.js';

export const FOOTFALL_ID = 'baom-footfall';
export const CASES_ID = 'baom-cases';

/** The indicators of one month × commune, in table order, and how they nest. */
const LINKED = [FOOTFALL_ID, CASES_ID] as const;
/** Cases ≤ people received, cell by cell. */
const SUBSETS: readonly Subset[] = [[1, 0]];

export interface SuppressionOptions {
  /** Counts below k are withheld (k ≥ 3). Default 5. */
  readonly k?: number;
  /** Source id the observations cite. */
  readonly source: string;
}

export interface FootfallObservations {
  readonly observations: Observation[];
  /** Cells withheld as < k, and complements withheld to protect them. */
  readonly withheld: { readonly primary: number; readonly secondary: number };
  /**
   * Tables (one indicator, one month, one commune) published with fewer levels: only
   * their totals by profile and by sex, or only their grand total.
   */
  readonly coarsened: number;
}

export const DEFAULT_K = 5;

/** Thrown when the audit of what would be published finds a recomputable count. */
export class DisclosureError extends Error {
  override readonly name = 'DisclosureError';
}

const cellOrders = new Map<string, readonly [number, number][]>();

/** Commune total, totals by sex, then each profile's total and its split by sex. */
function cellOrder(lastRow: number, lastCol: number): readonly [number, number][] {
  const key = `${lastRow},${lastCol}`;
  let order = cellOrders.get(key);
  if (order === undefined) cellOrders.set(key, (order = cellOrderOf(lastRow, lastCol)));
  return order;
}

function cellOrderOf(lastRow: number, lastCol: number): [number, number][] {
  return [
    [lastRow, lastCol],
    ...TALLY_SEXES.map((_, j) => [lastRow, j] as [number, number]),
    ...BAOM_PROFILES.flatMap((_, i) => [
      [i, lastCol] as [number, number],
      ...TALLY_SEXES.map((_, j) => [i, j] as [number, number]),
    ]),
  ];
}

/** The marks a reader finds in the observations of one month × commune. */
function marksIn(observations: readonly Observation[], rows: number, cols: number): Mark[][][] {
  const marks = LINKED.map(() =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, (): Mark => undefined)),
  );
  for (const o of observations) {
    const t = LINKED.indexOf(o.indicator as (typeof LINKED)[number]);
    const i = o.profile ? BAOM_PROFILES.indexOf(o.profile as never) : rows - 1;
    const j = o.sex ? TALLY_SEXES.indexOf(o.sex) : cols - 1;
    const row = marks[t]?.[i];
    if (!row || j < 0) throw new Error(`unexpected register observation ${o.indicator}`);
    row[j] = o.value !== undefined ? { value: o.value } : { below: o.suppressed?.below ?? 0 };
  }
  return marks;
}

export function footfallObservations(
  tables: readonly TallyTable[],
  options: SuppressionOptions,
): FootfallObservations {
  const k = options.k ?? DEFAULT_K;
  const observations: Observation[] = [];
  let primary = 0;
  let secondary = 0;
  let coarsened = 0;
  for (const t of tables) {
    const linked = [withMargins(t.people), withMargins(t.cases)];
    const published = suppressLinked(linked, SUBSETS, k);
    const own: Observation[] = [];
    LINKED.forEach((indicator, ti) => {
      const table = linked[ti] ?? [];
      const { marks, level } = published[ti] ?? { marks: [], level: 'cells' };
      if (level !== 'cells' && (table.at(-1)?.at(-1) ?? 0) > 0) coarsened += 1;
      const lastRow = table.length - 1;
      const lastCol = (table[0]?.length ?? 1) - 1;
      for (const [i, j] of cellOrder(lastRow, lastCol)) {
        const m = marks[i]?.[j];
        if (m === undefined) continue;
        const n = table[i]?.[j] ?? 0;
        if ('below' in m) {
          if (n < k) primary += 1;
          else secondary += 1;
        }
        const profile = i < lastRow ? BAOM_PROFILES[i] : undefined;
        const sex = j < lastCol ? TALLY_SEXES[j] : undefined;
        own.push({
          indicator,
          period: t.month,
          commune: t.commune,
          ...(profile ? { profile } : {}),
          ...(sex ? { sex } : {}),
          ...('below' in m ? { suppressed: { below: m.below } } : { value: m.value }),
          source: options.source,
          ...(t.synthetic ? { synthetic: true } : {}),
        });
      }
    });
    // Audit what is written, not what was meant to be written.
    const rows = linked[0]?.length ?? 0;
    const cols = linked[0]?.[0]?.length ?? 0;
    if (exposedCells(linked, marksIn(own, rows, cols), SUBSETS, k).length > 0) {
      throw new DisclosureError(
        `${t.commune} ${t.month}: a withheld count could be recomputed from the published figures; nothing was published`,
      );
    }
    observations.push(...own);
  }
  return { observations, withheld: { primary, secondary }, coarsened };
}
