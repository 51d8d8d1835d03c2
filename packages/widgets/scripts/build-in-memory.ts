import { build, type InlineConfig, type Rolldown } from 'vite';
import { bundleBuild } from './build-config.js';

export interface BuiltFile {
  readonly code: string;
  /** Modules the file imports statically: none for an embed file. */
  readonly imports: readonly string[];
  /** Chunks the file imports on demand (dynamic import), by file name, beside it. */
  readonly lazy: Readonly<Record<string, string>>;
}

/**
 * Runs a build of one entry without writing to disk and returns its file and the chunks it
 * loads on demand. Tests and the size report build for themselves, so they never trust a
 * stale dist/.
 */
export async function buildInMemory(config: InlineConfig = bundleBuild()): Promise<BuiltFile> {
  const result = await build({ ...config, build: { ...config.build, write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((f) => f.type === 'chunk');
  const entries = chunks.filter((c) => c.isEntry);
  const [entry, ...more] = entries;
  if (!entry || more.length > 0) {
    throw new Error(`expected one entry file, got ${entries.map((c) => c.fileName).join(', ')}`);
  }
  const lazy = chunks.filter((c) => c !== entry);
  // Chunks load on demand from the entry, or from a chunk it loads on demand (the table's
  // code loads the downloads' code on a click).
  const reached = new Set(entry.dynamicImports);
  for (const chunk of lazy) {
    if (reached.has(chunk.fileName)) chunk.dynamicImports.forEach((f) => reached.add(f));
  }
  const unreached = lazy.filter((c) => !reached.has(c.fileName));
  if (entry.imports.length > 0 || unreached.length > 0) {
    throw new Error(
      `the entry must import nothing statically and load its chunks on demand: ${[...entry.imports, ...unreached.map((c) => c.fileName)].join(', ')}`,
    );
  }
  return {
    code: entry.code,
    imports: entry.imports,
    lazy: Object.fromEntries(lazy.map((c) => [c.fileName, c.code])),
  };
}
