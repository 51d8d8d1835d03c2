import type { MonthValue } from '@prim/indicators';
import { boundText, monthReading, type Formatter } from '@prim/indicators/present';
import { cell, unknownCell, type Cell } from '../table/table-data.js';

/** '120', '≥ 120' (a part withheld), '< 5' (all withheld) or '—' (nothing reported). */
export function monthValueCell(v: MonthValue, fmt: Formatter): Cell {
  const text = boundText(monthReading(v), fmt);
  if (v.value !== undefined) return cell(text, v.value);
  if (v.below !== undefined) return cell(text, `<${v.below}`);
  return unknownCell(text);
}
