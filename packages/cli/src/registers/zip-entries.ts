/**
 * The entries of a ZIP archive (an .xlsx) from its central directory, and one entry's
 * bytes as a stream, inflated by Node's own zlib. Reading the directory first lets a
 * workbook's parts be opened in any order (workbook.xml may come after the sheets) and
 * lets their declared sizes be checked before anything is decompressed; the stream
 * checks the real size too, so a directory that lies cannot exhaust memory.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { TableFileError } from './sniff.js';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; other methods are refused when the entry is opened. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** Declared size once decompressed; Infinity when it is in a ZIP64 field (≥ 4 GB). */
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64 = 0xffffffff;

const unreadable = (path: string, why: string) =>
  new TableFileError(path, `not a readable .xlsx workbook (${why})`);

/** Every entry the central directory lists, in its order. */
export async function readZipEntries(path: string): Promise<ZipEntry[]> {
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
    if (end < 0) throw unreadable(path, 'no ZIP directory');
    const count = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    if (dirOffset + dirSize > size) throw unreadable(path, 'truncated ZIP directory');
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let n = 0; n < count && at + 46 <= dir.length; n++) {
      if (dir.readUInt32LE(at) !== CENTRAL) break;
      const uncompressed = dir.readUInt32LE(at + 24);
      const nameLength = dir.readUInt16LE(at + 28);
      entries.push({
        name: dir.toString('utf8', at + 46, at + 46 + nameLength),
        method: dir.readUInt16LE(at + 10),
        flags: dir.readUInt16LE(at + 8),
        compressedSize: dir.readUInt32LE(at + 20),
        size: uncompressed === ZIP64 ? Infinity : uncompressed,
        localOffset: dir.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/**
 * The decompressed bytes of one entry, in chunks. Throws TableFileError for an encrypted
 * entry, an unknown method, a ZIP64 offset, or more bytes than the directory declared.
 */
export async function* zipEntryBytes(path: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.flags & 1) throw unreadable(path, `${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    throw unreadable(path, `${entry.name} uses an unknown compression method`);
  if (entry.localOffset === ZIP64 || entry.compressedSize === ZIP64)
    throw unreadable(path, `${entry.name} is larger than 4 GB`);
  const header = Buffer.alloc(30);
  const handle = await open(path, 'r');
  try {
    await handle.read(header, 0, 30, entry.localOffset);
  } finally {
    await handle.close();
  }
  if (header.readUInt32LE(0) !== LOCAL) throw unreadable(path, `${entry.name} is missing`);
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = createReadStream(path, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 256 * 1024,
  });
  const bytes =
    entry.compressedSize === 0
      ? []
      : entry.method === 8
        ? raw.pipe(createInflateRaw({ chunkSize: 256 * 1024 }))
        : raw;
  let total = 0;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.size) throw unreadable(path, `${entry.name} is larger than declared`);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof TableFileError) throw err;
    throw unreadable(path, `${entry.name} is damaged`);
  } finally {
    raw.destroy();
  }
}

/** The whole entry as UTF-8 text (for the small parts of a workbook). */
export async function zipEntryText(path: string, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of zipEntryBytes(path, entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
