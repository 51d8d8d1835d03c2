/**
 * Fuzzing the feed parser: whatever a producer publishes — arbitrary JSON, arbitrary text,
 * a real feed with random parts replaced, deleted or duplicated — parseFeed answers with a
 * result (never throws), and every issue it reports carries a JSON path and a message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';
import { mutate, mutation, smallPrimFeed } from './fuzz-helpers.js';

const base = smallPrimFeed();

function wellFormed(result: ReturnType<typeof parseFeed>): void {
  const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  for (const issue of issues) {
    expect(issue.path).toMatch(/^\$/);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
}

describe('parseFeed under fuzzing', () => {
  it('never throws on arbitrary JSON values, as objects or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        wellFormed(parseFeed(value));
        wellFormed(parseFeed(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, including broken JSON and byte-order marks', () => {
    const text = fc.oneof(
      fc.string(),
      fc.json().map((j) => j.slice(0, Math.max(1, j.length - 3))),
      fc.json().map((j) => `\uFEFF${j}`),
    );
    fc.assert(
      fc.property(text, (t) => wellFormed(parseFeed(t))),
      { numRuns: 300 },
    );
  });

  it.each([1, 2, 3])(
    'never throws on a real feed with random parts replaced, deleted or duplicated (part %i of 3)',
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
          const feed = mutate(base, mutations);
          wellFormed(parseFeed(feed));
          wellFormed(parseFeed(JSON.stringify(feed)));
        }),
        { numRuns: 50 },
      );
    },
  );

  it('accepts the unmutated feed, so the mutations start from a valid document', () => {
    expect(parseFeed(base).ok).toBe(true);
  });
});
