/**
 * Where a feed's `observations` array lies in its UTF-8 bytes, and where to cut it into
 * chunks of whole observations, found by one pass over the bytes that follows strings
 * (with their escapes) and nesting. parseFeedBytes parses the feed's frame and each chunk
 * apart, so a feed of two million observations is never one string nor one object tree.
 * The pass takes the bytes block by block (LayoutScanner), so a file can be scanned
 * without ever being held whole in memory.
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

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Where the scan stands between two bytes. */
const enum Mode {
  /** Before the root's `{`, past any spaces. */
  Lead,
  /** In the root object, outside the observations array. */
  Root,
  /** After the `observations` key: spaces, then `:`. */
  AfterKey,
  /** After its colon: spaces, then `[`. */
  AfterColon,
  /** In the observations array. */
  Array,
  /** The root object closed: the rest is not read. */
  Done,
  /** The bytes do not have the expected shape. */
  Failed,
}

/**
 * The layout of the root object's `observations` array, from bytes pushed block by block
 * (blocks may split anything: a string, an escape, a key); `result()` once all are pushed.
 * Undefined when the bytes do not have that shape: another root, no such key, or a root
 * key written with escapes (which could spell `observations`). The caller then parses the
 * feed whole. Of two `observations` keys the last is taken, as JSON.parse takes it.
 */
export class LayoutScanner {
  private mode = Mode.Lead;
  /** Index of the next byte pushed. */
  private at: number;
  /** Nesting in the root (Root mode) or in the array (Array mode). */
  private depth = 0;
  /** True where the root object's next string is a key: after its `{` and its commas. */
  private keyNext = false;
  private inString = false;
  private escaped = false;
  /** The string being read is a key of the root object: its bytes so far, compared with KEY. */
  private inKey = false;
  private keyLength = 0;
  private keyMatches = true;
  private keyEscaped = false;
  private open = -1;
  private chunkStart = 0;
  private cuts: number[] = [];
  private found: ObservationsLayout | undefined;

  /** `start`: the index of the first byte to be pushed (after any byte-order mark). */
  constructor(
    private readonly chunkBytes: number,
    start = 0,
  ) {
    this.at = start;
  }

  /** True once the rest of the bytes cannot change the answer. */
  get finished(): boolean {
    return this.mode === Mode.Done || this.mode === Mode.Failed;
  }

  push(block: Uint8Array): void {
    const n = block.length;
    const base = this.at;
    this.at += n;
    let i = 0;
    while (i < n && !this.finished) {
      if (this.inString) i = this.string(block, i);
      else if (this.mode === Mode.Array) i = this.array(block, i, base);
      else if (this.mode === Mode.Root) i = this.root(block, i);
      else i = this.between(block, i, base);
    }
  }

  /** The layout, once every byte was pushed. */
  result(): ObservationsLayout | undefined {
    if (this.mode === Mode.Failed || this.inString) return undefined;
    if (this.mode !== Mode.Root && this.mode !== Mode.Done) return undefined;
    return this.found;
  }

  /** Reads a string's bytes from `i`; returns where to go on. */
  private string(block: Uint8Array, i: number): number {
    const n = block.length;
    let j = i;
    let escaped = this.escaped;
    while (j < n) {
      const b = block[j] as number;
      if (escaped) escaped = false;
      else if (b === QUOTE) break;
      else if (b === BACKSLASH) escaped = true;
      j++;
    }
    if (this.inKey) this.keyBytes(block, i, j);
    if (j === n) {
      this.escaped = escaped;
      return n;
    }
    this.inString = false;
    this.escaped = false;
    if (this.inKey) {
      this.inKey = false;
      if (this.keyEscaped) this.mode = Mode.Failed;
      else if (this.keyMatches && this.keyLength === KEY.length) this.mode = Mode.AfterKey;
    }
    return j + 1;
  }

  private keyBytes(block: Uint8Array, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const b = block[k] as number;
      if (b === BACKSLASH) this.keyEscaped = true;
      if (this.keyLength >= KEY.length || b !== KEY[this.keyLength]) this.keyMatches = false;
      this.keyLength++;
    }
  }

  private root(block: Uint8Array, i: number): number {
    const n = block.length;
    for (; i < n; i++) {
      const b = block[i] as number;
      if (b === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.keyNext) {
          this.keyNext = false;
          this.inKey = true;
          this.keyLength = 0;
          this.keyMatches = true;
          this.keyEscaped = false;
        }
        return i + 1;
      }
      if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        this.depth++;
        this.keyNext = this.depth === 1;
      } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth === 0) {
          this.mode = Mode.Done;
          return n;
        }
      } else if (b === COMMA && this.depth === 1) this.keyNext = true;
    }
    return n;
  }

  /** Lead, AfterKey and AfterColon: spaces, then the one byte expected. */
  private between(block: Uint8Array, i: number, base: number): number {
    const n = block.length;
    while (i < n && isSpace(block[i] as number)) i++;
    if (i === n) return n;
    const b = block[i] as number;
    if (this.mode === Mode.Lead) {
      // The root's `{`, read again in Root mode.
      if (b !== OPEN_BRACE) this.mode = Mode.Failed;
      else this.mode = Mode.Root;
      return i;
    }
    if (this.mode === Mode.AfterKey) {
      this.mode = b === COLON ? Mode.AfterColon : Mode.Failed;
      return i + 1;
    }
    if (b !== OPEN_BRACKET) {
      this.mode = Mode.Failed;
      return i + 1;
    }
    this.mode = Mode.Array;
    this.open = base + i;
    this.chunkStart = this.open + 1;
    this.cuts = [];
    this.depth = 0;
    return i + 1;
  }

  /** The hot loop (the observations are nearly all of a feed): state kept in locals. */
  private array(block: Uint8Array, i: number, base: number): number {
    const n = block.length;
    const chunkBytes = this.chunkBytes;
    let depth = this.depth;
    let chunkStart = this.chunkStart;
    while (i < n) {
      const b = block[i] as number;
      if (b === QUOTE) {
        let j = i + 1;
        while (j < n) {
          const c = block[j] as number;
          if (c === QUOTE) break;
          j += c === BACKSLASH ? 2 : 1;
        }
        if (j >= n) {
          // The string goes on in the next block (past an escape when the block ends on `\`).
          this.inString = true;
          this.escaped = j > n;
          break;
        }
        i = j + 1;
        continue;
      }
      if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        if (depth === 0) {
          if (b !== CLOSE_BRACKET) {
            this.mode = Mode.Failed;
            return i + 1;
          }
          this.found = { open: this.open, close: base + i, cuts: this.cuts };
          // Back in the root object, at the depth of its keys.
          this.mode = Mode.Root;
          this.depth = 1;
          return i + 1;
        }
        depth--;
      } else if (b === COMMA && depth === 0 && base + i - chunkStart >= chunkBytes) {
        this.cuts.push(base + i);
        chunkStart = base + i + 1;
      }
      i++;
    }
    this.depth = depth;
    this.chunkStart = chunkStart;
    return n;
  }
}

/**
 * The layout of the root object's `observations` array in `bytes`, from `start` (after any
 * byte-order mark), with chunks of about `chunkBytes` (see LayoutScanner).
 */
export function observationsLayout(
  bytes: Uint8Array,
  start: number,
  chunkBytes: number,
): ObservationsLayout | undefined {
  const scanner = new LayoutScanner(chunkBytes, start);
  scanner.push(bytes.subarray(start));
  return scanner.result();
}
