/**
 * An .xlsx is a ZIP archive; a small one can declare gigabytes once decompressed (a "zip
 * bomb"), and exceljs keeps every shared string in memory. Before exceljs opens a
 * workbook, its central directory (at the end of the file, a few KB) is read and the
 * declared sizes are checked against these limits, so that a hostile or broken file gets
 * a clear message instead of exhausting memory.
 */
import { open } from 'node:fs/promises';
import { TableFileError } from './sniff.js';

const MB = 1024 * 1024;
/** All entries together, decompressed. A million-row register is about 150 MB. */
export const MAX_XLSX_UNCOMPRESSED = 1024 * MB;
/** The shared-strings part, held in memory whole while the sheets are read. */
export const MAX_SHARED_STRINGS = 64 * MB;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Throws TableFileError when the workbook's declared sizes exceed the limits. */
export async function checkXlsxSizes(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    // The end record is 22 bytes plus a comment of at most 65535.
    const tailLength = Math.min(size, 22 + 65535);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new TableFileError(path, 'not a readable .xlsx workbook (no ZIP directory)');
    const entries = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    if (dirOffset + dirSize > size)
      throw new TableFileError(path, 'not a readable .xlsx workbook (truncated ZIP directory)');
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    let total = 0;
    let at = 0;
    for (let n = 0; n < entries && at + 46 <= dir.length; n++) {
      if (dir.readUInt32LE(at) !== CENTRAL) break;
      const uncompressed = dir.readUInt32LE(at + 24);
      const nameLength = dir.readUInt16LE(at + 28);
      const name = dir.toString('utf8', at + 46, at + 46 + nameLength);
      // 0xFFFFFFFF: the size is in a ZIP64 field, i.e. 4 GB or more.
      const bytes = uncompressed === 0xffffffff ? Infinity : uncompressed;
      total += bytes;
      if (/sharedStrings\.xml$/i.test(name) && bytes > MAX_SHARED_STRINGS)
        throw new TableFileError(
          path,
          `too large: its shared strings take ${describe(bytes)} decompressed (the limit is ${describe(MAX_SHARED_STRINGS)}); save the sheets as CSV`,
        );
      at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
    }
    if (total > MAX_XLSX_UNCOMPRESSED)
      throw new TableFileError(
        path,
        `too large: ${describe(total)} once decompressed (the limit is ${describe(MAX_XLSX_UNCOMPRESSED)}); split the workbook or save it as CSV`,
      );
  } finally {
    await handle.close();
  }
}

const describe = (bytes: number) =>
  Number.isFinite(bytes) ? `${Math.ceil(bytes / MB)} MB` : 'more than 4 GB';
