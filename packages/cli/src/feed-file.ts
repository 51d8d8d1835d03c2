/**
 * A feed file opened to be read by pieces (a FeedSource): parseFeedSource reads a large
 * feed a megabyte and a chunk at a time, so the file is never held whole in memory (at
 * 1000× the PRIM feed, a 305 MB buffer that, once parsed, went back only at the
 * collector's next full pass, often after the model had computed).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { FeedSource } from '@prim/indicators';

export interface FeedFile extends FeedSource {
  /** Closes the file; reading it after is an error. */
  close(): void;
}

/** Opens `path` (throws what `openSync` throws: no such file, a directory…). */
export function openFeedFile(path: string): FeedFile {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), {
        code: 'EISDIR',
      });
    return {
      size: stat.size,
      read(start, end) {
        const out = Buffer.allocUnsafe(end - start);
        let got = 0;
        while (got < out.length) {
          const n = readSync(fd, out, got, out.length - got, start + got);
          if (n === 0) break;
          got += n;
        }
        // A file cut short while read: what is there (JSON.parse then judges it).
        return got === out.length ? out : out.subarray(0, got);
      },
      close: () => closeSync(fd),
    };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
