/**
 * parseFeedBytes reads a feed's UTF-8 bytes by chunks of observations, never as one string:
 * its answer must be parseFeed's on the decoded text, feed, errors (with their JSON paths)
 * and warnings alike, wherever the chunks are cut — inside notes full of quotes, escapes,
 * brackets and commas, in Arabic text, after a byte-order mark — and on invalid JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource, parseFeed, parseFeedBytes, parseFeedSource } from '../../src/index.js';
import { LayoutScanner, observationsLayout } from '../../src/parse/observations-layout.js';
import { parseByChunks } from '../../src/parse/parse-feed-bytes.js';
import type { Feed } from '../../src/schema/types.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';
import { feedArb } from '../fixtures/random-feeds.js';
import { mutate, mutation, smallPrimFeed } from '../fuzz/fuzz-helpers.js';

const encoder = new TextEncoder();
const decoded = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** Text that tempts a byte scanner: quotes, escapes, brackets, commas, Arabic, an emoji. */
const tricky = fc.constantFrom(
  'a "quoted" word',
  'back\\slash\\',
  '\\"},{"indicator":"x"',
  '],[',
  'مدينة تيزنيت، جهة سوس ماسة',
  'é\u00e9\u2028\u2029',
  '😀 \ud83d',
  '\t\n\r\u0000',
  '}}}]]]',
);

/** A random valid feed whose observations may carry tricky notes. */
const feedWithNotes = fc
  .tuple(feedArb, fc.array(fc.option(tricky, { nil: undefined }), { maxLength: 30 }))
  .map(([feed, notes]): Feed => ({
    ...feed,
    observations: feed.observations.map((o, i) =>
      notes[i] === undefined ? o : { ...o, note: notes[i] },
    ),
  }));

/** The feed as text: compact or indented, sometimes after a byte-order mark. */
const asText = (feed: unknown, indent: number, bom: boolean) =>
  `${bom ? '\uFEFF' : ''}${JSON.stringify(feed, null, indent)}`;

const textArb = fc
  .tuple(feedWithNotes, fc.constantFrom(0, 1, 2), fc.boolean())
  .map(([feed, indent, bom]) => asText(feed, indent, bom));

function expectSameAnswer(text: string, chunkBytes: number): void {
  const bytes = encoder.encode(text);
  const fromBytes = parseFeedBytes(bytes, { chunkBytes });
  const fromText = parseFeed(decoded(bytes));
  expect(fromBytes).toStrictEqual(fromText);
  // Keys in the same order too: a feed written back out is the same text.
  expect(JSON.stringify(fromBytes)).toBe(JSON.stringify(fromText));
}

describe('parseFeedBytes', () => {
  it('gives parseFeed’s feed for random valid feeds, cut anywhere, read by chunks', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 1, max: 400 }), (text, chunkBytes) => {
        expectSameAnswer(text, chunkBytes);
        // …and really by chunks: not by falling back to parseFeed on the whole text.
        expect(parseByChunks(encoder.encode(text), chunkBytes)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  // 120 mutated copies of the PRIM feed, in parts so that each test stays short.
  it.each([1, 2, 3])(
    'gives parseFeed’s errors and warnings for mutated feeds (part %i of 3)',
    () => {
      const base = smallPrimFeed();
      fc.assert(
        fc.property(
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.integer({ min: 1, max: 2000 }),
          (mutations, chunkBytes) =>
            expectSameAnswer(JSON.stringify(mutate(base, mutations)), chunkBytes),
        ),
        { numRuns: 40 },
      );
    },
  );

  it('gives parseFeed’s answer when bytes are cut out, doubled or inserted (invalid JSON)', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 3 }),
      insert: fc.constantFrom(
        '',
        ',',
        ']',
        '[',
        '}',
        '{',
        '"',
        '\\',
        ':',
        ' ',
        '"observations":[]',
        'ب',
      ),
    });
    fc.assert(
      fc.property(
        textArb,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 300 }),
        (text, edits, chunkBytes) => {
          let t = text;
          for (const e of edits) {
            const at = e.at % (t.length + 1);
            t = t.slice(0, at) + e.insert + t.slice(at + e.remove);
          }
          expectSameAnswer(t, chunkBytes);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives parseFeed’s answer for malformed UTF-8, empty input and other roots', () => {
    const feed = JSON.stringify(
      makeFeed({
        indicators: [indicator('visits')],
        observations: [
          obs('visits', '2023-01', 3, { note: 'تيزنيت' }),
          obs('visits', '2023-02', 4),
        ],
      }),
    );
    const cases: Uint8Array[] = [
      new Uint8Array([]),
      new Uint8Array([0xef, 0xbb, 0xbf]),
      encoder.encode('  \n'),
      encoder.encode('[]'),
      encoder.encode('null'),
      encoder.encode('{"observations":[],"observations":[]}'),
      encoder.encode('{"observ\\u0061tions":[]}'),
      encoder.encode(feed.replace('"observations":[', '"observations" : [ ')),
      encoder.encode(`${feed} x`),
      encoder.encode(feed.replace('"note"', '"n\\u00f6te"')),
      // The last of two keys wins in JSON.parse; an escaped key is the same key.
      encoder.encode(feed.replace(/}$/, ',"observations":[]}')),
      encoder.encode(feed.replace('{', '{"observations":[],')),
      encoder.encode(feed.replace('"observations":', '"observ\\u0061tions":')),
      encoder.encode(feed.replace(/}$/, ',"observ\\u0061tions":[]}')),
      // Stray commas between observations.
      encoder.encode(feed.replace('"observations":[', '"observations":[,')),
      encoder.encode(feed.replace(/}]}$/, '},]}')),
      encoder.encode(feed.replace('},{"indicator"', '},,{"indicator"')),
      new Uint8Array([
        ...encoder.encode(feed.slice(0, 40)),
        0xff,
        0xc3,
        ...encoder.encode(feed.slice(40)),
      ]),
    ];
    expect(feed.endsWith('}]}')).toBe(true);
    for (const bytes of cases) {
      for (const chunkBytes of [1, 50, 1 << 18]) {
        expect(parseFeedBytes(bytes, { chunkBytes })).toStrictEqual(parseFeed(decoded(bytes)));
      }
    }
  });

  it('names the JSON path of a bad observation far into the feed', () => {
    const observations = Array.from({ length: 1500 }, (_, i) =>
      obs('visits', `2023-${String((i % 12) + 1).padStart(2, '0')}`, i, { commune: 'agadir' }),
    );
    const feed = makeFeed({ indicators: [indicator('visits')], observations });
    const text = JSON.stringify(feed).replace('"value":1200,', '"value":-1200,');
    const r = parseFeedBytes(encoder.encode(text), { chunkBytes: 4096 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['$.observations[1200].value']);
  });
});

describe('parseFeedBytes with release', () => {
  const text = JSON.stringify(
    makeFeed({ indicators: [indicator('visits')], observations: [obs('visits', '2023-01', 3)] }),
  );

  it('empties the bytes it was given once parsed, with the same answer', () => {
    const bytes = encoder.encode(text);
    const expected = parseFeed(text);
    expect(parseFeedBytes(bytes, { release: true })).toStrictEqual(expected);
    expect(bytes.byteLength).toBe(0);
    // Invalid JSON too, once read whole.
    const bad = encoder.encode(`${text},`);
    expect(parseFeedBytes(bad, { release: true })).toStrictEqual(parseFeed(`${text},`));
    expect(bad.byteLength).toBe(0);
  });

  it('leaves alone bytes that are a view on part of a larger buffer, and keeps bytes by default', () => {
    const whole = encoder.encode(` ${text}`);
    const part = whole.subarray(1);
    expect(parseFeedBytes(part, { release: true }).ok).toBe(true);
    expect(whole.byteLength).toBe(part.byteLength + 1);
    expect(part.byteLength).toBe(encoder.encode(text).byteLength);
    const kept = encoder.encode(text);
    expect(parseFeedBytes(kept).ok).toBe(true);
    expect(kept.byteLength).toBe(part.byteLength);
  });
});

describe('the layout of the observations in the bytes', () => {
  it('cuts only between two observations, whatever their notes hold', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 1, max: 300 }), (text, chunkBytes) => {
        const bytes = encoder.encode(text);
        const bom = text.startsWith('\uFEFF') ? 3 : 0;
        const layout = observationsLayout(bytes, bom, chunkBytes);
        expect(layout).toBeDefined();
        if (!layout) return;
        const items: unknown[] = [];
        let from = layout.open + 1;
        for (const end of [...layout.cuts, layout.close]) {
          expect(bytes[end]).toBe(end === layout.close ? 0x5d : 0x2c);
          items.push(...(JSON.parse(`[${decoded(bytes.subarray(from, end))}]`) as unknown[]));
          from = end + 1;
        }
        expect(items).toStrictEqual(
          (JSON.parse(decoded(bytes.subarray(bom))) as Feed).observations,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseFeedSource (a file read by pieces)', () => {
  /** The bytes as a source that records the longest range read. */
  function recorded(bytes: Uint8Array) {
    const inner = bytesSource(bytes);
    const source = {
      size: inner.size,
      longest: 0,
      read(start: number, end: number) {
        source.longest = Math.max(source.longest, end - start);
        return inner.read(start, end);
      },
    };
    return source;
  }

  it('gives parseFeed’s answer whatever the pieces, never reading a valid feed whole', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 300 }),
        (text, blockBytes, chunkBytes) => {
          const bytes = encoder.encode(text);
          const source = recorded(bytes);
          expect(parseFeedSource(source, { blockBytes, chunkBytes })).toStrictEqual(
            parseFeed(decoded(bytes)),
          );
          // The frame is the longest piece read: the observations never in one piece.
          const observations = JSON.stringify(
            (JSON.parse(decoded(bytes).replace(/^\uFEFF/, '')) as Feed).observations,
          );
          if (observations.length > 2 * (chunkBytes + 400)) {
            expect(source.longest).toBeLessThan(bytes.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives parseFeed’s answer on invalid JSON, read whole then', () => {
    const text = JSON.stringify(
      makeFeed({ indicators: [indicator('visits')], observations: [obs('visits', '2023-01', 3)] }),
    );
    for (const bad of [
      `${text},`,
      text.slice(0, -1),
      text.replace('"observations"', '"obs\\u0065rvations"'),
    ]) {
      const bytes = encoder.encode(bad);
      expect(parseFeedSource(recorded(bytes), { blockBytes: 7 })).toStrictEqual(parseFeed(bad));
    }
  });
});

describe('the layout scanner', () => {
  it('finds the same layout whatever blocks the bytes come in', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 300 }),
        (text, sizes, chunkBytes) => {
          const bytes = encoder.encode(text);
          const bom = text.startsWith('\uFEFF') ? 3 : 0;
          const scanner = new LayoutScanner(chunkBytes, bom);
          let at = bom;
          for (let k = 0; at < bytes.length; k++) {
            const next = Math.min(bytes.length, at + (sizes[k % sizes.length] as number));
            scanner.push(bytes.subarray(at, next));
            at = next;
          }
          expect(scanner.result()).toStrictEqual(observationsLayout(bytes, bom, chunkBytes));
        },
      ),
      { numRuns: 300 },
    );
  });
});
