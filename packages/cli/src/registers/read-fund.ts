/** A fund-records file (CSV or XLSX, first sheet with fund columns) → fund records. */
import { basename } from 'node:path';
import { type Feed, type FundRecord, fundReader, mapFundHeaders } from '@prim/indicators';
import { readTableLines } from './read-table.js';
import type { RejectLog } from './rejects.js';

export async function readFundFile(
  path: string,
  dimensions: Feed['dimensions'],
  rejects: RejectLog,
): Promise<{ records: FundRecord[]; lines: number }> {
  const file = basename(path);
  const records: FundRecord[] = [];
  let lines = 0;
  let reader: ReturnType<typeof fundReader> | 'skip' | undefined;
  let sheet: string | undefined;
  for await (const line of readTableLines(path)) {
    if (sheet !== undefined && line.sheet !== sheet && reader !== undefined) break;
    sheet = line.sheet;
    if (reader === 'skip') continue;
    if (reader === undefined) {
      if (line.cells.every((c) => c.trim() === '')) continue;
      const { columns, missing } = mapFundHeaders(line.cells);
      if (missing.length > 0) {
        await rejects.add({
          file,
          sheet,
          row: line.row,
          reason: `missing fund columns: ${missing.join(', ')} (the sheet was not read)`,
        });
        reader = 'skip';
        continue;
      }
      reader = fundReader(columns, dimensions);
      continue;
    }
    const reading = reader(line.cells);
    if (reading.ok === 'blank') continue;
    lines += 1;
    if (reading.ok) records.push(reading.record);
    else await rejects.add({ file, sheet, row: line.row, reason: reading.reasons.join('; ') });
  }
  if (reader === undefined)
    await rejects.add({ file, sheet: sheet ?? 'csv', reason: 'empty: no header row and no data' });
  return { records, lines };
}
