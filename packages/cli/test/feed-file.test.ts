/**
 * A feed file is read by pieces while it is parsed (openFeedFile, parseFeedInput): the
 * same findings as the file's text read whole, no piece as large as the file, and the file
 * closed once parsed; a directory or a missing file is a read error (exit 2), said plainly.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@prim/indicators';
import { describe, expect, it } from 'vitest';
import { openFeedFile } from '../src/feed-file.js';
import { builtInFeedPath, FeedReadError, parseFeedInput, readFeed } from '../src/read-feed.js';

const dir = mkdtempSync(join(tmpdir(), 'prim-feed-file-'));
const io = { readStdin: () => Promise.reject(new Error('no standard input')) } as never;

/** The PRIM feed with its observations eight times over: larger than two blocks of the scan. */
function largeFeedText(): string {
  const feed = JSON.parse(readFileSync(builtInFeedPath(), 'utf8')) as { observations: unknown[] };
  const observations = Array.from({ length: 8 }, () => feed.observations).flat();
  return JSON.stringify({ ...feed, observations }, null, 1);
}

describe('a feed file read by pieces', () => {
  it('gives the findings of its text read whole, never reading it in one piece, and closes it', async () => {
    const path = join(dir, 'large.feed.json');
    const text = largeFeedText();
    writeFileSync(path, text);
    const input = await readFeed(path, io);
    const file = input.content;
    if (typeof file === 'string') throw new Error('a file must be read by pieces');
    let longest = 0;
    const read = file.read.bind(file);
    file.read = (start, end) => {
      longest = Math.max(longest, end - start);
      return read(start, end);
    };
    const result = parseFeedInput(input);
    expect(result.ok).toBe(true);
    expect(result).toStrictEqual(parseFeed(text));
    expect(longest).toBeLessThan(file.size / 2);
    // Closed: reading again is an error.
    expect(() => read(0, 1)).toThrow();
  });

  it('reads the ranges asked, and what there is at the end', () => {
    const path = join(dir, 'small.json');
    writeFileSync(path, 'abcdef');
    const file = openFeedFile(path);
    expect(new TextDecoder().decode(file.read(1, 4))).toBe('bcd');
    expect(new TextDecoder().decode(file.read(4, 10))).toBe('ef');
    file.close();
  });

  it('says a directory or a missing file cannot be read (exit 2)', async () => {
    await expect(readFeed(dir, io)).rejects.toThrow(
      new FeedReadError(`cannot read the feed ${dir}: illegal operation on a directory (EISDIR)`),
    );
    await expect(readFeed(join(dir, 'none.json'), io)).rejects.toBeInstanceOf(FeedReadError);
  });
});
