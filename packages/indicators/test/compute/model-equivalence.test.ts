/**
 * No figure changes: the model gives the answers recorded from the commit named in
 * test/fixtures/model-answers.json (before it was made faster), on the PRIM feed at every
 * date it can be viewed at, on the PRIM feed at 10× its size and on random feeds. Every
 * public computation is compared (see modelAnswers), as a digest of its whole result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';
import { digest, modelAnswers } from '../fixtures/model-answers.js';
import {
  type ModelCase,
  parseCases,
  primCases,
  RANDOM_FEEDS,
  randomCases,
  scaledCases,
} from '../fixtures/model-cases.js';

const recorded = JSON.parse(
  readFileSync(new URL('../fixtures/model-answers.json', import.meta.url), 'utf8'),
) as {
  commit: string;
  parsed: Record<string, string>;
  answers: Record<string, { feed: string; answers: string }>;
};

function check(cases: readonly ModelCase[]): void {
  const differ: string[] = [];
  for (const c of cases) {
    const want = recorded.answers[c.name];
    // A different feed means the random feeds changed (a fast-check upgrade): re-record.
    expect(digest(c.feed), `${c.name}: not the feed the answers were recorded on`).toBe(want?.feed);
    if (digest(modelAnswers(c.feed, c.options)) !== want?.answers) differ.push(c.name);
  }
  expect(differ, `answers differ from those of ${recorded.commit}`).toEqual([]);
}

describe(`the model answers as at ${recorded.commit}`, () => {
  it('parses the PRIM feed, and the PRIM feed at 10×, to the same value, keys in order', () => {
    for (const c of parseCases()) {
      expect(digest(parseFeed(c.text), true), c.name).toBe(recorded.parsed[c.name]);
    }
  });

  // In small groups, so that each test stays short on a busy machine.
  const chunks = <T>(items: readonly T[], size: number): T[][] =>
    Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
      items.slice(i * size, (i + 1) * size),
    );
  const prim = chunks(primCases(), 6);
  it.each(prim.map((cases, i) => [i + 1, prim.length, cases] as const))(
    'on the PRIM feed at every as-of date (%i of %i)',
    (_i, _n, cases) => check(cases),
  );

  it.each(scaledCases().map((c) => [c.name, c] as const))('on the %s', (_name, c) => check([c]));

  const random = chunks(randomCases(RANDOM_FEEDS), 40);
  it.each(random.map((cases, i) => [i + 1, random.length, cases] as const))(
    'on random feeds, with random options (%i of %i)',
    (_i, _n, cases) => check(cases),
  );
});
