import type { MonthValue } from '@prim/indicators';
import type { Formatter } from '../i18n/formatter.js';
import { cell, unknownCell, type Cell } from '../table/table-data.js';

/** '120', '≥ 120' (a part withheld), '< 5' (all withheld) or '–' (nothing reported). */
export function monthValueCell(v: MonthValue, fmt: Formatter): Cell {
  if (v.value !== undefined) {
    return cell(`${v.suppressed ? '≥ ' : ''}${fmt.number(v.value)}`, v.value);
  }
  if (v.below !== undefined) return cell(`< ${fmt.number(v.below)}`, `<${v.below}`);
  return unknownCell('–');
}
