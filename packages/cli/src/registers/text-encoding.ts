/**
 * The encoding of a CSV register, decided before its first row is read. French Excel
 * saves "CSV (séparateur : point-virgule)" in Windows-1252 and "Texte Unicode" in
 * UTF-16 LE; read as UTF-8, 'Aït Amira' would become 'A�t Amira' and every accented row
 * would be rejected as an unknown commune. So a file is read in the encoding it is in, or
 * refused whole with a message naming the encoding and how to save it again — never half
 * read.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { Readable, Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { TableFileError } from './sniff.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Names as an officer knows them, for messages. */
export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE ("Unicode text")',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Excel\'s "CSV (point-virgule)" in French)',
};

const ICONV: Record<TextEncoding, string> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'windows-1252': 'win1252',
};

const RESAVE =
  'in Excel, save it again as "CSV UTF-8 (délimité par des virgules)" (Fichier › Enregistrer sous)';

/** From the first bytes: a byte-order mark, or UTF-16 without one (ASCII with NULs). */
export function encodingFromHead(head: Buffer): TextEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.floor(Math.min(head.length, 512) / 2);
  if (pairs < 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZero++;
    if (head[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero === pairs && evenZero === 0) return 'utf-16le';
  if (evenZero === pairs && oddZero === 0) return 'utf-16be';
  return undefined;
}

/** Counts of a byte scan: malformed UTF-8 bytes, well-formed multi-byte sequences. */
interface Utf8Scan {
  invalid: number;
  multibyte: number;
  /** 1-based line of the first malformed byte. */
  firstBadLine?: number;
}

/** Length of the well-formed UTF-8 sequence at `i` (1 for ASCII), or 0 if malformed. */
function sequenceAt(b: Buffer, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  const cont = (k: number) => i + k < b.length && ((b[i + k] as number) & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const d = b[i + 1] as number;
    if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const d = b[i + 1] as number;
    if ((c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

async function scanUtf8(path: string): Promise<Utf8Scan> {
  const scan: Utf8Scan = { invalid: 0, multibyte: 0 };
  let line = 1;
  /** Scans `b` up to `stop`; returns where it stopped (a sequence may run past `stop`). */
  const scanBytes = (b: Buffer, stop: number): number => {
    let i = 0;
    while (i < stop) {
      if (b[i] === 0x0a) line++;
      const n = sequenceAt(b, i);
      if (n === 0) {
        scan.invalid++;
        scan.firstBadLine ??= line;
      } else if (n > 1) scan.multibyte++;
      i += Math.max(n, 1);
    }
    return i;
  };
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path)) {
    const b = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    // Keep up to 3 trailing bytes: a sequence may straddle two chunks.
    carry = b.subarray(scanBytes(b, b.length - 3));
  }
  scanBytes(carry, carry.length);
  return scan;
}

/**
 * Windows-1252 decodes any byte, so a file in another code page (Arabic saved as
 * Windows-1256) would "succeed" as gibberish. Plausible French or Arabic-transliterated
 * text has no undefined byte, no control character, and accented letters one or two at
 * a time between ASCII ones — never runs of four.
 */
async function plausibleWindows1252(path: string): Promise<boolean> {
  const stream = decodedStream(path, 'windows-1252');
  // eslint-disable-next-line no-control-regex
  const implausible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]|[^\u0000-\u007f]{4}/;
  let tail = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = tail + chunk;
    if (implausible.test(text)) {
      stream.destroy();
      return false;
    }
    tail = text.slice(-3);
  }
  return true;
}

/**
 * True when the whole file is well-formed UTF-8, checked natively chunk by chunk (a
 * sequence cut by a chunk's end is checked with the next chunk). Most registers are, and
 * the byte-by-byte scan that counts and locates bad bytes is then not needed.
 */
export async function wellFormedUtf8(path: string, chunkSize = 1024 * 1024): Promise<boolean> {
  let carry: Buffer = Buffer.alloc(0);
  // Large reads: the check is native and keeps nothing, so fewer round trips are all gain.
  for await (const chunk of createReadStream(path, { highWaterMark: chunkSize })) {
    const b = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    // Back over up to 3 continuation bytes: a lead byte there may start a cut sequence.
    let cut = b.length;
    while (cut > 0 && b.length - cut < 3 && ((b[cut - 1] as number) & 0xc0) === 0x80) cut--;
    if (cut > 0 && (b[cut - 1] as number) >= 0xc0) cut--;
    else cut = b.length;
    if (!isUtf8(b.subarray(0, cut))) return false;
    carry = b.subarray(cut);
  }
  return isUtf8(carry);
}

/** The encoding of a CSV file, or a TableFileError refusing it whole. */
export async function detectEncoding(path: string, head: Buffer): Promise<TextEncoding> {
  const marked = encodingFromHead(head);
  if (marked === 'utf-16le' || marked === 'utf-16be') return marked;
  if (await wellFormedUtf8(path)) return 'utf-8';
  const scan = await scanUtf8(path);
  if (scan.invalid === 0) return 'utf-8';
  const where = `line ${scan.firstBadLine ?? 1}`;
  if (marked === 'utf-8' || scan.multibyte > scan.invalid)
    throw new TableFileError(
      path,
      `mixed text encodings: mostly UTF-8, but ${scan.invalid} byte${scan.invalid === 1 ? '' : 's'} from another encoding (first on ${where}); nothing was read — ${RESAVE}`,
    );
  if (await plausibleWindows1252(path)) return 'windows-1252';
  throw new TableFileError(
    path,
    `not UTF-8 (first on ${where}) and not Windows-1252 text either (perhaps Arabic saved as Windows-1256); nothing was read — ${RESAVE}`,
  );
}

/** The file as a stream of text in its encoding (byte-order mark removed). */
export function decodedStream(path: string, encoding: TextEncoding): Readable {
  // iconv-lite's stream is a Node Transform; its types declare the older ReadWriteStream.
  const decoder = iconv.decodeStream(ICONV[encoding], { stripBOM: true }) as unknown as Transform;
  return createReadStream(path).pipe(decoder);
}

/** The first bytes of a file as text in its encoding. */
export function decodeHead(head: Buffer, encoding: TextEncoding): string {
  return iconv.decode(head, ICONV[encoding], { stripBOM: true });
}
