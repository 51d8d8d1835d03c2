/**
 * Safety proofs about the shipped embed bundle (dist/prim-widgets.js): built in memory for this
 * run (embed-global-setup.ts) with the same configuration as `pnpm build`, so a clean clone
 * proves what it ships.
 */
import { describe, expect, it } from 'vitest';
import { defineEntries } from '../scripts/build-config.js';
import { embedBundle } from './embed-bundle.js';

const bundle = embedBundle();

/** Every place `pattern` occurs, with some context, so a failure shows the offending code. */
function occurrences(code: string, pattern: RegExp): string[] {
  return [...code.matchAll(new RegExp(pattern.source, 'g'))].map((m) =>
    code.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60),
  );
}

describe('prim-widgets.js', () => {
  it('is self-contained: a single <script type="module"> needs no other file', () => {
    expect(bundle.imports).toEqual([]);
    expect(bundle.code).not.toMatch(/\bimport\s*\(/);
  });

  it('registers every element that has a registration file', () => {
    const tags = Object.keys(defineEntries()).filter((name) => name.startsWith('prim-'));
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(bundle.code).toMatch(new RegExp(`define\\([\`"']${tag}[\`"']`));
    }
  });

  it('never compiles code from strings (strict CSP without unsafe-eval)', () => {
    expect(occurrences(bundle.code, /\beval\s*\(/)).toEqual([]);
    expect(occurrences(bundle.code, /\bnew\s+Function\b/)).toEqual([]);
    expect(occurrences(bundle.code, /\bFunction\s*\(/)).toEqual([]);
    // zod's `allowsEval` probe (`const F = Function; new F("")`) would hide from the patterns
    // above. It lives in zod's JIT object parser, which zod/mini with `jitless` does not
    // ship: no alias of the Function constructor is left in the bundle at all.
    expect(occurrences(bundle.code, /=\s*Function\b/)).toEqual([]);
    expect(occurrences(bundle.code, /\bsetTimeout\s*\(\s*["'`]/)).toEqual([]);
  });

  it('never writes markup from data into the page', () => {
    expect(occurrences(bundle.code, /unsafeHTML|unsafeSVG|document\.write/)).toEqual([]);
    // Lit parses each template's static strings (written by us, never by a feed) by setting
    // the innerHTML of a fresh <template> element; values are bound as text and attributes
    // afterwards. That is the only innerHTML allowed: exactly one, on a created template.
    const writes = occurrences(bundle.code, /\.innerHTML\s*=/);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/createElement\(\s*[`"']template[`"']\s*\)/);
  });
});
