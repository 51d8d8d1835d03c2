/** The README files point at files that exist: every relative link and every `examples/` path. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readmeFiles } from './install/readme-examples.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

describe('the README files', () => {
  it.each(readmeFiles(ROOT))('%s links to files that exist', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1] ?? '')
      .filter((target) => !/^[a-z]+:/.test(target));
    // The whole path, from the repository's root: `examples/…` or `packages/cli/examples/…`
    // (a link's target, after '(', is checked above, from the README's folder).
    const examples = [...text.matchAll(/(?<![\w./(-])(?:[\w-]+\/)*examples\/[\w.-]+/g)].map(
      (m) => m[0],
    );
    const missing = [
      ...links.filter((target) => !existsSync(join(ROOT, dirname(file), target))),
      ...examples.filter((path) => !existsSync(join(ROOT, path))),
    ];
    expect(missing).toEqual([]);
  });
});
