/** parseFeed rejects figures that cannot all be true, each at its JSON path. */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { DIMENSIONS, indicator, makeFeed, obs } from './fixtures/make-feed.js';

const base = makeFeed({
  indicators: [
    indicator('visits'),
    indicator('women-share', { kind: 'ratio', aggregation: 'ratio' }),
  ],
  observations: [obs('visits', '2023-01', 3)],
});

function errorsOf(changes: Record<string, unknown>) {
  const r = parseFeed(JSON.parse(JSON.stringify({ ...base, ...changes })));
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code, e.message]);
}

describe('parseFeed: impossible figures', () => {
  it('a share whose numerator exceeds its denominator, or a denominator of 0', () => {
    expect(
      errorsOf({
        observations: [
          obs('women-share', '2023', undefined, { numerator: 12, denominator: 10 }),
          obs('women-share', '2023', undefined, { numerator: 0, denominator: 0 }),
          obs('women-share', '2023', undefined, { numerator: 4, denominator: 10 }),
        ],
      }),
    ).toEqual([
      [
        '$.observations[0].numerator',
        'numerator-above-denominator',
        'the numerator (12) exceeds the denominator (10)',
      ],
      [
        '$.observations[1].denominator',
        'zero-denominator',
        'a denominator of 0 cannot have a numerator',
      ],
    ]);
  });

  it('a ratio indicator above 1, in an observation or a target', () => {
    const feed = {
      indicators: [
        indicator('visits'),
        indicator('women-share', {
          kind: 'ratio',
          aggregation: 'ratio',
          target: { value: 50, date: '2024-12-31' },
        }),
      ],
      observations: [obs('women-share', '2023', 1.2), obs('visits', '2023', 1200)],
    };
    expect(errorsOf(feed).map((e) => e[0])).toEqual([
      '$.indicators[1].target.value',
      '$.observations[0].value',
    ]);
  });

  it('a commune named with another region than its own', () => {
    expect(
      errorsOf({
        observations: [obs('visits', '2023', 3, { commune: 'oujda', region: 'souss-massa' })],
      }),
    ).toEqual([
      [
        '$.observations[0].region',
        'region-mismatch',
        'commune "oujda" is in region "oriental", not "souss-massa"',
      ],
    ]);
  });

  it('a fund call closed before it opened', () => {
    const call = [{ id: 'c', name: { fr: 'c' }, opened: '2023-05-01', closed: '2023-04-30' }];
    expect(errorsOf({ dimensions: { ...DIMENSIONS, call } })).toEqual([
      [
        '$.dimensions.call[0].closed',
        'invalid-span',
        'the call closed (2023-04-30) before it opened (2023-05-01)',
      ],
    ]);
  });

  it('values whose sum overflows to Infinity: an error, not "no data"', () => {
    const r = parseFeed(
      JSON.stringify({
        ...base,
        observations: [obs('visits', '2023-01', 1e308), obs('visits', '2023-02', 1e308)],
      }),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({
      path: '$.observations[1].value',
      code: 'overflow',
    });
    // The rest stays usable, without the observation that overflowed.
    expect(!r.ok && r.partial?.observations).toHaveLength(1);
  });

  it('keeps a plausible feed valid', () => {
    expect(
      errorsOf({
        observations: [
          obs('women-share', '2023', undefined, { numerator: 10, denominator: 10 }),
          obs('women-share', '2023', 0.4),
          obs('visits', '2023', 3, { commune: 'oujda', region: 'oriental' }),
        ],
      }),
    ).toEqual([]);
  });
});
