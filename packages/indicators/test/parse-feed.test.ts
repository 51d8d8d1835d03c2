/** parseFeed on hostile input: it never throws, says where each problem is, keeps what is good. */
import { describe, expect, it } from 'vitest';
import { FeedError, formatIssue, parseFeed } from '../src/index.js';
import { indicator, makeFeed, obs } from './fixtures/make-feed.js';

const good = makeFeed({
  indicators: [indicator('visits')],
  observations: [obs('visits', '2023-01', 3), obs('visits', '2023-02', 4)],
});
const text = JSON.stringify(good);
const withObservations = (...observations: unknown[]) => ({ ...good, observations });
const errorsOf = (input: unknown) => {
  const r = parseFeed(input);
  if (r.ok) throw new Error('expected errors');
  return r;
};

describe('parseFeed: input that is not a feed', () => {
  it('reads a valid feed from text or from a value', () => {
    expect(parseFeed(text)).toEqual({ ok: true, feed: good, warnings: [] });
    expect(parseFeed(good)).toEqual({ ok: true, feed: good, warnings: [] });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseFeed(`\uFEFF${text}`).ok).toBe(true);
  });

  it('says so for empty, truncated and malformed JSON', () => {
    expect(errorsOf('').errors).toEqual([
      { path: '$', message: 'the feed is empty', code: 'empty' },
    ]);
    expect(errorsOf('  \n\t').errors[0]?.code).toBe('empty');
    expect(errorsOf(text.slice(0, text.length / 2)).errors[0]).toMatchObject({
      path: '$',
      code: 'invalid-json',
    });
    expect(errorsOf("{ schema: 'prim-feed/1' }").errors[0]?.code).toBe('invalid-json');
  });

  it('says what it got instead of a feed object', () => {
    for (const [input, got] of [
      [42, 'number'],
      ['null', 'null'],
      [[], 'an array'],
      [undefined, 'undefined'],
      ['"a string"', 'string'],
    ] as const) {
      expect(errorsOf(input).errors).toEqual([
        { path: '$', message: `expected a feed object, got ${got}`, code: 'invalid_type' },
      ]);
    }
  });

  it('names missing fields and the wrong schema version by path', () => {
    expect(errorsOf({ ...good, programme: undefined }).errors).toEqual([
      { path: '$.programme', message: 'missing (expected object)', code: 'invalid_type' },
    ]);
    expect(errorsOf({ ...good, schema: 'prim-feed/2' }).errors[0]?.path).toBe('$.schema');
    expect(errorsOf({ ...good, asOf: '2024-02-30' }).errors[0]?.path).toBe('$.asOf');
  });
});

describe('parseFeed: bad observations are dropped, the rest is kept', () => {
  it.each([
    ['a negative number', -1, 'expected a number ≥ 0, got the number -1'],
    ['NaN', Number.NaN, 'expected number, got the non-finite number NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'expected number, got the non-finite number Infinity'],
    ['a string', '3', 'expected number, got the string "3"'],
  ])('rejects %s as a value, with its JSON path', (_label, value, message) => {
    const r = errorsOf(
      withObservations({ ...obs('visits', '2023-01', 1), value }, good.observations[1]),
    );
    expect(r.errors).toEqual([
      { path: '$.observations[0].value', message, code: expect.any(String) as string },
    ]);
    expect(r.partial?.observations).toEqual([good.observations[1]]);
  });

  it('rejects an observation with nothing to say and a bad period', () => {
    const r = errorsOf(
      withObservations(
        { indicator: 'visits', period: '2023-01', source: 'eval' },
        obs('visits', '2023-13', 1),
        obs('visits', '2023-03', 5),
      ),
    );
    expect(r.errors.map((e) => e.path)).toEqual(['$.observations[0]', '$.observations[1].period']);
    expect(r.partial?.observations).toEqual([obs('visits', '2023-03', 5)]);
  });

  it('reports an unknown indicator with the path in the document, keeping the rest', () => {
    const r = errorsOf(
      withObservations(
        obs('visits', '2023-01', -5),
        obs('nope', '2023-01', 1),
        obs('visits', '2023-01', 2, { commune: 'atlantis' }),
        obs('visits', '2023-04', 7),
      ),
    );
    expect(r.errors).toEqual([
      expect.objectContaining({ path: '$.observations[0].value' }),
      {
        path: '$.observations[1].indicator',
        message: 'unknown indicator "nope"',
        code: 'unknown-reference',
      },
      {
        path: '$.observations[2].commune',
        message: 'unknown commune "atlantis"',
        code: 'unknown-reference',
      },
    ]);
    expect(r.partial?.observations).toEqual([obs('visits', '2023-04', 7)]);
  });

  it('gives no partial feed when the frame itself is broken', () => {
    expect(errorsOf({ ...good, indicators: 'none' }).partial).toBeUndefined();
  });
});

describe('parseFeed: tolerant of what it does not know, faithful to what it keeps', () => {
  it('warns about unknown fields and loads the feed without them', () => {
    const r = parseFeed({
      ...good,
      extra: true,
      observations: [{ ...obs('visits', '2023-01', 3), colour: 'red' }],
    });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      { path: '$.observations[0]', message: 'unknown field "colour"', code: 'unknown-key' },
      { path: '$', message: 'unknown field "extra"', code: 'unknown-key' },
    ]);
    if (r.ok) expect(r.feed.observations[0]).toEqual(obs('visits', '2023-01', 3));
  });

  it('treats a "__proto__" key as an unknown field, not as a prototype', () => {
    const r = parseFeed(`{"__proto__": {"polluted": 1}, ${text.slice(1)}`);
    expect(r.ok).toBe(true);
    expect(r.warnings[0]?.message).toBe('unknown field "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup in strings as plain text, unchanged', () => {
    const markup = '<img src=x onerror="alert(1)"> & <b>PRIM</b>';
    const r = parseFeed({ ...good, programme: { ...good.programme, name: { fr: markup } } });
    expect(r.ok && r.feed.programme.name.fr).toBe(markup);
  });

  it('parses a huge feed (200,000 observations)', () => {
    const observations = Array.from({ length: 200_000 }, (_, i) =>
      obs('visits', `${2021 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}`, i % 97),
    );
    const r = parseFeed(JSON.stringify({ ...good, observations }));
    expect(r.ok && r.feed.observations.length).toBe(200_000);
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [
      Symbol('x'),
      () => 1,
      new Date(),
      { schema: 'prim-feed/1', observations: [null, 1, 'x'] },
      { ...good, observations: null },
      { ...good, dimensions: { region: [{ id: 'a', name: {} }] } },
      '[1,2',
      '\u0000',
    ];
    for (const input of odd) expect(() => parseFeed(input)).not.toThrow();
  });

  it('formats issues and carries them in a FeedError', () => {
    const r = errorsOf(withObservations(obs('visits', '2023-01', -1), obs('nope', '2023', 1)));
    expect(formatIssue(r.errors[0]!)).toBe(
      '$.observations[0].value: expected a number ≥ 0, got the number -1',
    );
    const err = new FeedError(r.errors);
    expect(err.message).toBe(
      '$.observations[0].value: expected a number ≥ 0, got the number -1 (and 1 more)',
    );
    expect(err.issues).toHaveLength(2);
  });
});

describe('parseFeed: nesting', () => {
  it('refuses 100 000 nested arrays or objects anywhere, with the path, and never throws', () => {
    const arrays = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const objects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    for (const deep of [arrays, objects]) {
      const r = errorsOf(text.replace(/^\{/, `{"extra":${deep},`));
      expect(r.errors[0]?.code).toBe('too-deep');
      expect(r.errors[0]?.path).toMatch(/^\$\.extra(\[0\]|\.a)/);
    }
    const inObservation = errorsOf(text.replace('"value":3', `"value":${arrays}`));
    expect(inObservation.errors[0]?.path).toMatch(/^\$\.observations\[0\]\.value\[0\]/);
  });

  it('reads a value that refers to itself without throwing (the unknown key is a warning)', () => {
    const cyclic: Record<string, unknown> = { ...good };
    cyclic.extra = cyclic;
    const r = parseFeed(cyclic);
    expect(r.warnings.map((w) => w.message)).toEqual(['unknown field "extra"']);
  });
});
