/**
 * A feed's bytes read by ranges: bytes in memory, or a file read a piece at a time so that
 * a large feed is never held whole (at 1000× the PRIM feed, a 305 MB file's buffer weighed
 * on the whole parse, and when freed it went back only at the collector's next full pass).
 */
export interface FeedSource {
  /** How many bytes there are. */
  readonly size: number;
  /** The bytes from `start` to `end` (end excluded): read once each, never kept. */
  read(start: number, end: number): Uint8Array;
}

/** Bytes in memory as a FeedSource: views on them, no copies. */
export function bytesSource(bytes: Uint8Array): FeedSource {
  return { size: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}
