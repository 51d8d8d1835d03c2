/**
 * Where a feed's `observations` array lies in its UTF-8 bytes, and where to cut it into
 * chunks of whole observations, found by one pass over the bytes that follows strings
 * (with their escapes) and nesting. parseFeedBytes parses the feed's frame and each chunk
 * apart, so a feed of two million observations is never one string nor one object tree.
 *
 * The pass does not judge the JSON: JSON.parse does, on the frame and on every chunk. It
 * only has to be right when they all parse, and then it is: each chunk starts where the
 * array's items start or after a comma between two of them, so a chunk that parses as a
 * list of values ends between two items as well.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** The key's bytes: `observations`. */
const KEY = [...'observations'].map((c) => c.charCodeAt(0));

export interface ObservationsLayout {
  /** Index of the array's `[`. */
  readonly open: number;
  /** Index of the array's `]`. */
  readonly close: number;
  /** Indices of the commas where chunks end: chunks run from `open + 1` to the first, …, to `close`. */
  readonly cuts: readonly number[];
}

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** The index after the string whose opening quote is at `i`, or -1 when it never ends. */
function afterString(bytes: Uint8Array, i: number): number {
  const n = bytes.length;
  let j = i + 1;
  while (j < n) {
    const b = bytes[j];
    if (b === QUOTE) return j + 1;
    j += b === BACKSLASH ? 2 : 1;
  }
  return -1;
}

function isKey(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== KEY.length) return false;
  for (let k = 0; k < KEY.length; k++) if (bytes[start + k] !== KEY[k]) return false;
  return true;
}

/** The close of the array opened at `open` and its cuts, or undefined when it does not close. */
function arrayLayout(
  bytes: Uint8Array,
  open: number,
  chunkBytes: number,
): ObservationsLayout | undefined {
  const cuts: number[] = [];
  const n = bytes.length;
  let depth = 0;
  let chunkStart = open + 1;
  let i = open + 1;
  while (i < n) {
    const b = bytes[i] as number;
    if (b === QUOTE) {
      i = afterString(bytes, i);
      if (i < 0) return undefined;
      continue;
    }
    if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
      if (depth === 0) return b === CLOSE_BRACKET ? { open, close: i, cuts } : undefined;
      depth--;
    } else if (b === COMMA && depth === 0 && i - chunkStart >= chunkBytes) {
      cuts.push(i);
      chunkStart = i + 1;
    }
    i++;
  }
  return undefined;
}

/**
 * The layout of the root object's `observations` array, from `start` (after any byte-order
 * mark), with chunks of about `chunkBytes`; undefined when the bytes do not have that
 * shape: another root, no such key, or a root key written with escapes (which could spell
 * `observations`). The caller then parses the feed whole. Of two `observations` keys the
 * last is taken, as JSON.parse takes it.
 */
export function observationsLayout(
  bytes: Uint8Array,
  start: number,
  chunkBytes: number,
): ObservationsLayout | undefined {
  const n = bytes.length;
  let i = start;
  while (isSpace(bytes[i])) i++;
  if (bytes[i] !== OPEN_BRACE) return undefined;
  let found: ObservationsLayout | undefined;
  let depth = 0;
  // True where the root object's next string is a key: after its `{` and its commas.
  let keyNext = false;
  while (i < n) {
    const b = bytes[i] as number;
    if (b === QUOTE) {
      const end = afterString(bytes, i);
      if (end < 0) return undefined;
      if (depth === 1 && keyNext) {
        keyNext = false;
        if (bytes.subarray(i + 1, end - 1).includes(BACKSLASH)) return undefined;
        if (isKey(bytes, i + 1, end - 1)) {
          let j = end;
          while (isSpace(bytes[j])) j++;
          if (bytes[j] !== COLON) return undefined;
          j++;
          while (isSpace(bytes[j])) j++;
          if (bytes[j] !== OPEN_BRACKET) return undefined;
          found = arrayLayout(bytes, j, chunkBytes);
          if (!found) return undefined;
          i = found.close + 1;
          continue;
        }
      }
      i = end;
      continue;
    }
    if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      depth++;
      keyNext = depth === 1;
    } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) break;
    } else if (b === COMMA && depth === 1) keyNext = true;
    i++;
  }
  return found;
}
