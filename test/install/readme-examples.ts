/**
 * The code examples of the README files, as files a developer could save and run: every
 * ```ts and ```js block becomes a module of its own. Blocks whose info string says `browser`
 * (```js browser) need a page; they are kept apart so that a test can at least resolve their
 * imports.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface ReadmeExample {
  /** Where it comes from, e.g. `packages/indicators/README.md:72`. */
  readonly origin: string;
  readonly lang: 'ts' | 'js';
  readonly browser: boolean;
  readonly code: string;
}

/** The README files of the repository: the root's and each package's and app's. */
export function readmeFiles(root: string): string[] {
  const nested = ['packages', 'apps'].flatMap((dir) =>
    readdirSync(join(root, dir)).map((name) => join(dir, name, 'README.md')),
  );
  return ['README.md', ...nested].filter((file) => existsSync(join(root, file)));
}

const FENCE = /^```(ts|js)([^\n]*)\n([\s\S]*?)^```$/gm;

export function readmeExamples(root: string): ReadmeExample[] {
  return readmeFiles(root).flatMap((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return [...text.matchAll(FENCE)].map((m) => ({
      origin: `${file}:${text.slice(0, m.index).split('\n').length}`,
      lang: m[1] as 'ts' | 'js',
      browser: /\bbrowser\b/.test(m[2] ?? ''),
      code: m[3] ?? '',
    }));
  });
}

/** The file name an example is saved under in a project: `.ts` to type-check, `.mjs` to run. */
export function exampleFile(index: number, example: ReadmeExample): string {
  return `readme-${index}.${example.lang === 'ts' ? 'ts' : 'mjs'}`;
}

/** Each example as a module of its own (its names never clash with another example's). */
export function asModule(example: ReadmeExample): string {
  return `${example.code}\nexport {};\n`;
}

/** A TypeScript example as the JavaScript Node runs: types erased, every import kept as written. */
export function toJavaScript(source: string): string {
  return ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
  }).outputText;
}

/** The bare module names an example imports (`@prim/widgets/define/prim-indicator`, …). */
export function importedPackages(code: string): string[] {
  return [...code.matchAll(/^import\s(?:[^'"]*\sfrom\s)?['"]([^'".][^'"]*)['"]/gm)].map(
    (m) => m[1] ?? '',
  );
}
