/**
 * An .xlsx is a ZIP archive; a small one can declare gigabytes once decompressed (a "zip
 * bomb"), and the shared strings are held in memory while the sheets are read. Before a
 * workbook is read, its central directory (at the end of the file, a few KB) is read and
 * the declared sizes are checked against these limits, so that a hostile or broken file
 * gets a clear message instead of exhausting memory. The reader then holds each entry to
 * its declared size (zip-entries.ts).
 */
import { readZipEntries, type ZipEntry } from './zip-entries.js';
import { TableFileError } from './sniff.js';

const MB = 1024 * 1024;
/** All entries together, decompressed. A million-row register is about 350 MB. */
export const MAX_XLSX_UNCOMPRESSED = 1024 * MB;
/** The shared-strings part, held in memory whole while the sheets are read. */
export const MAX_SHARED_STRINGS = 64 * MB;

/** The workbook's entries; throws TableFileError when their sizes exceed the limits. */
export async function checkXlsxSizes(path: string): Promise<ZipEntry[]> {
  const entries = await readZipEntries(path);
  let total = 0;
  for (const { name, size } of entries) {
    total += size;
    if (/sharedStrings\.xml$/i.test(name) && size > MAX_SHARED_STRINGS)
      throw new TableFileError(
        path,
        `too large: its shared strings take ${describe(size)} decompressed (the limit is ${describe(MAX_SHARED_STRINGS)}); save the sheets as CSV`,
      );
  }
  if (total > MAX_XLSX_UNCOMPRESSED)
    throw new TableFileError(
      path,
      `too large: ${describe(total)} once decompressed (the limit is ${describe(MAX_XLSX_UNCOMPRESSED)}); split the workbook or save it as CSV`,
    );
  return entries;
}

const describe = (bytes: number) =>
  Number.isFinite(bytes) ? `${Math.ceil(bytes / MB)} MB` : 'more than 4 GB';
