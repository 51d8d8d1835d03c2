/**
 * The chunked UTF-8 check that lets most registers skip the byte-by-byte scan: a file is
 * well-formed exactly when it is as a whole, wherever the chunks cut its sequences.
 */
import { isUtf8 } from 'node:buffer';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wellFormedUtf8 } from '../src/registers/text-encoding.js';
import { tempFile } from './run-cli.js';

/** Text pieces of 1 to 4 bytes, and bytes that break UTF-8 alone or next to others. */
const piece = fc.oneof(
  fc.constantFrom('a', ',', '\n', 'é', 'ï', 'ع', '€', '😀').map((t) => Buffer.from(t)),
  fc
    .constantFrom(0x80, 0xbf, 0xc0, 0xc3, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xff)
    .map((b) => Buffer.from([b])),
);

describe('wellFormedUtf8', () => {
  it('agrees with a check of the whole file, for every chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        async (pieces, chunkSize) => {
          const bytes = Buffer.concat(pieces);
          const path = tempFile('', 'registre.csv');
          writeFileSync(path, bytes);
          try {
            expect(await wellFormedUtf8(path, chunkSize)).toBe(isUtf8(bytes));
          } finally {
            rmSync(dirname(path), { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
