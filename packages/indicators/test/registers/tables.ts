import { type Mask, withMargins } from '../../src/index.js';

/** Inner counts (profiles × sexes) → the table with its margins. */
export const tableOf = (inner: number[][]) => withMargins(inner);

/** Columns withheld in row i. */
export const findWithheld = (mask: Mask, i: number) =>
  (mask[i] ?? []).flatMap((on, j) => (on ? [j] : []));
