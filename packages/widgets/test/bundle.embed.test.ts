/**
 * Safety proofs about the shipped embed bundle (dist/prim-widgets.js): built in memory for this
 * run (embed-global-setup.ts) with the same configuration as `pnpm build`, so a clean clone
 * proves what it ships.
 */
import { describe, expect, it } from 'vitest';
import { defineEntries } from '../scripts/build-config.js';
import { embedBundle } from './embed-bundle.js';

const bundle = embedBundle();
/** Everything a page may run: the file and every chunk it can load. */
const everything = [bundle.code, ...Object.values(bundle.lazy)].join('\n');

/** Every place `pattern` occurs, with some context, so a failure shows the offending code. */
function occurrences(code: string, pattern: RegExp): string[] {
  return [...code.matchAll(new RegExp(pattern.source, 'g'))].map((m) =>
    code.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60),
  );
}

describe('prim-widgets.js', () => {
  it('needs one <script type="module">: its only other files are chunks it loads beside it', () => {
    expect(bundle.imports).toEqual([]);
    const loadedBy = (code: string) =>
      [...code.matchAll(/\bimport\(\s*[`"']\.\/([^`"']+)[`"']\s*\)/g)].map((m) => m[1]);
    // The file loads the chunks; the table's chunk loads the downloads' chunk on a click.
    const loaded = [bundle.code, ...Object.values(bundle.lazy)].flatMap(loadedBy);
    expect(new Set(loaded)).toEqual(new Set(Object.keys(bundle.lazy)));
    // The validator (zod) and the model are in a chunk, not in the file every page loads.
    expect(Object.keys(bundle.lazy).some((name) => name.includes('full-model'))).toBe(true);
    expect(bundle.code).not.toContain('_zod');
    // Every import of a chunk names a file beside it, and nothing else is ever imported.
    for (const code of [bundle.code, ...Object.values(bundle.lazy)]) {
      expect(code.match(/\bimport\s*\(/g)?.length ?? 0).toBe(loadedBy(code).length);
    }
  });

  it('registers every element that has a registration file', () => {
    const tags = Object.keys(defineEntries()).filter((name) => name.startsWith('prim-'));
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(bundle.code).toMatch(new RegExp(`define\\([\`"']${tag}[\`"']`));
    }
  });

  it('never compiles code from strings (strict CSP without unsafe-eval)', () => {
    expect(occurrences(everything, /\beval\s*\(/)).toEqual([]);
    expect(occurrences(everything, /\bnew\s+Function\b/)).toEqual([]);
    expect(occurrences(everything, /\bFunction\s*\(/)).toEqual([]);
    // zod's `allowsEval` probe (`const F = Function; new F("")`) would hide from the patterns
    // above. It lives in zod's JIT object parser, which zod/mini with `jitless` does not
    // ship: no alias of the Function constructor is left in the bundle at all.
    expect(occurrences(everything, /=\s*Function\b/)).toEqual([]);
    expect(occurrences(everything, /\bsetTimeout\s*\(\s*["'`]/)).toEqual([]);
  });

  it('never writes markup from data into the page', () => {
    expect(occurrences(everything, /unsafeHTML|unsafeSVG|document\.write/)).toEqual([]);
    // Lit parses each template's static strings (written by us, never by a feed) by setting
    // the innerHTML of a fresh <template> element; values are bound as text and attributes
    // afterwards. That is the only innerHTML allowed: exactly one, on a created template.
    const writes = occurrences(everything, /\.innerHTML\s*=/);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/createElement\(\s*[`"']template[`"']\s*\)/);
  });
});
