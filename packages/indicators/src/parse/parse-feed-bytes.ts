/**
 * Reads a feed from its UTF-8 bytes (a file or a response body as read) without ever making
 * the whole document one string and one object tree: at 1000× the PRIM feed, the text
 * alone was 611 MB as a string (Arabic names make it two bytes a character) and its parsed
 * tree over a gigabyte. The feed's frame (everything but its observations) and chunks of a
 * few hundred observations are parsed apart, each chunk's observations going through the
 * fast structural check and only the checked objects kept.
 *
 * Anything that path does not accept — invalid JSON, a frame or an observation the fast
 * check leaves to zod, an unusual layout — is parsed by parseFeed from the decoded text,
 * so every error and warning is parseFeed's own, with its JSON path.
 */
import type { Observation } from '../schema/types.js';
import { crossChecked } from './cross-checked.js';
import { checkedStrings, fastObservation } from './fast-observations.js';
import { parseFrame } from './feed-frame.js';
import { type FeedSource, bytesSource } from './feed-source.js';
import { MAX_NESTING, tooDeepAt } from './nesting-depth.js';
import { LayoutScanner } from './observations-layout.js';
import { type ParseResult, parseFeed } from './parse-feed.js';

/**
 * About 300 observations of the PRIM feed. A chunk's text (and its copy between brackets)
 * stays below V8's large-object size (128 KB), so it is made and freed in the young
 * generation with the chunk's parsed objects instead of piling up in the old one.
 */
const CHUNK_BYTES = 48 * 1024;
/** How much of a source the layout pass reads at a time. */
const BLOCK_BYTES = 1024 * 1024;

/** Malformed sequences become U+FFFD, as `readFile(path, 'utf8')` makes them. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The parse by chunks, or undefined when parseFeed must read the text whole. */
export function parseByChunks(
  source: FeedSource | Uint8Array,
  chunkBytes = CHUNK_BYTES,
  blockBytes = BLOCK_BYTES,
): ParseResult | undefined {
  const src = source instanceof Uint8Array ? bytesSource(source) : source;
  const size = src.size;
  const lead = src.read(0, Math.min(3, size));
  const start = lead[0] === 0xef && lead[1] === 0xbb && lead[2] === 0xbf ? 3 : 0;
  const scanner = new LayoutScanner(chunkBytes, start);
  for (let at = start; at < size && !scanner.finished; at += blockBytes) {
    scanner.push(src.read(at, Math.min(size, at + blockBytes)));
  }
  const layout = scanner.result();
  if (!layout) return undefined;
  const frame = json(
    `${utf8.decode(src.read(start, layout.open))}[]${utf8.decode(src.read(layout.close + 1, size))}`,
  );
  if (!isObject(frame) || tooDeepAt(frame, MAX_NESTING, true) !== undefined) return undefined;
  const head = parseFrame(frame);
  if (!head.success) return undefined;

  const observations: Observation[] = [];
  const strings = checkedStrings();
  const ends = [...layout.cuts, layout.close];
  let from = layout.open + 1;
  for (const end of ends) {
    const items = json(`[${utf8.decode(src.read(from, end))}]`);
    // An empty chunk beside others is a stray comma: invalid JSON.
    if (!Array.isArray(items) || (items.length === 0 && ends.length > 1)) return undefined;
    for (const item of items) {
      const o = fastObservation(item, strings);
      if (o === undefined) return undefined;
      observations.push(o);
    }
    from = end + 1;
  }
  head.data.observations = observations;
  return crossChecked(head.data, new Set(), [], []);
}

export interface ParseBytesOptions {
  /** About how much of the observations' text is parsed at a time (default 48 KB). */
  readonly chunkBytes?: number;
  /** How much of the bytes the pass that finds the observations reads at a time (default 1 MB). */
  readonly blockBytes?: number;
  /**
   * Empty `bytes` once parsed (their buffer is detached, so it cannot be read again): their
   * memory is given back at once, instead of at the collector's next full pass, which on a
   * large feed can come late in the computations that follow (at 1000× the PRIM feed, a
   * 305 MB file held while the model computes raised the peak by about 300 MB). Only when
   * `bytes` spans its whole buffer (a view on part of a buffer is left alone).
   */
  readonly release?: boolean;
}

/** Detaches the buffer of `bytes` when they are all of it and it can be moved; else nothing. */
function release(bytes: Uint8Array): void {
  const buffer = bytes.buffer;
  if (!(buffer instanceof ArrayBuffer) || bytes.byteOffset !== 0) return;
  if (bytes.byteLength !== buffer.byteLength) return;
  try {
    // Moving the buffer detaches it; its new owner is garbage at once, freed young.
    structuredClone(buffer, { transfer: [buffer] });
  } catch {
    // A buffer marked untransferable (a pooled Node.js Buffer): left as it is.
  }
}

/**
 * Reads a `prim-feed/1` document from a source of its UTF-8 bytes (a file read by pieces,
 * see FeedSource), never holding them whole unless the feed must be read by parseFeed: the
 * same answer as parseFeedBytes on those bytes. Never throws, unless reading the source
 * does.
 */
export function parseFeedSource(
  source: FeedSource,
  options: Pick<ParseBytesOptions, 'chunkBytes' | 'blockBytes'> = {},
): ParseResult {
  let result: ParseResult | undefined;
  try {
    result = parseByChunks(source, options.chunkBytes, options.blockBytes);
  } catch {
    result = undefined;
  }
  // A source that fails to read throws here, read whole.
  return result ?? parseFeed(utf8.decode(source.read(0, source.size)));
}

/**
 * Reads a `prim-feed/1` document from its UTF-8 bytes: the same answer as
 * `parseFeed(text)` on the text those bytes decode to (a byte-order mark allowed), in
 * less time and a fraction of the memory on large feeds. Never throws.
 */
export function parseFeedBytes(bytes: Uint8Array, options: ParseBytesOptions = {}): ParseResult {
  const result = parseFeedSource(bytesSource(bytes), options);
  if (options.release) release(bytes);
  return result;
}
