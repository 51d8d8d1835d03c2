/**
 * What kind of file a register is, from its first bytes rather than its name: officers
 * rename files, and a PDF called register.csv must get a clear message, not a crash.
 */
import { open } from 'node:fs/promises';
import { describeSystemError } from '../read-feed.js';
import { encodingFromHead } from './text-encoding.js';

export type TableFormat = 'xlsx' | 'csv';

/** The file cannot be read as a table at all; the message names the file. */
export class TableFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'TableFileError';
  }
}

const SIGNATURES: readonly [bytes: number[], what: string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel 97-2003 (.xls) workbook: save it as .xlsx or CSV'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document, not a spreadsheet'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image, not a spreadsheet'],
  [[0xff, 0xd8, 0xff], 'a JPEG image, not a spreadsheet'],
  [[0x1f, 0x8b], 'a gzip archive, not a spreadsheet'],
];

/** The format, and the first bytes (up to 4 KB) for the encoding of a CSV. */
export async function sniffTable(path: string): Promise<{ format: TableFormat; head: Buffer }> {
  let head: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new TableFileError(path, `cannot read: ${describeSystemError(err)}`);
  }
  if (head.length === 0) throw new TableFileError(path, 'empty file (0 bytes)');
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    return { format: 'xlsx', head };
  for (const [bytes, what] of SIGNATURES) {
    if (bytes.every((b, i) => head[i] === b))
      throw new TableFileError(path, `not a spreadsheet: ${what}`);
  }
  // UTF-16 text ("Texte Unicode" in Excel) is full of NUL bytes and still a CSV.
  if (encodingFromHead(head)?.startsWith('utf-16')) return { format: 'csv', head };
  if (head.includes(0))
    throw new TableFileError(
      path,
      'not a spreadsheet: binary content (neither .xlsx nor CSV text)',
    );
  return { format: 'csv', head };
}
