import { build, type InlineConfig, type Rolldown } from 'vite';
import { bundleBuild } from './build-config.js';

export interface BuiltFile {
  readonly code: string;
  /** Chunks the file imports statically: none for the embed file, a page downloads them with it. */
  readonly imports: readonly string[];
  /** Every other chunk, by file name, beside it: its static imports and what it loads on demand. */
  readonly lazy: Readonly<Record<string, string>>;
  /**
   * The define entries (other elements' files) the file imports on demand, each with the
   * chunks it imports statically, transitively (a dashboard's inner elements).
   */
  readonly elements: readonly string[];
}

/** Modules that register elements, loaded on demand by an element that draws them (a dashboard). */
const INNER = /[\\/]src[\\/](define[\\/][^\\/]+|elements[\\/]inner-elements)\.ts$/;

/** The chunk's file and every chunk it imports statically, transitively. */
function withStaticImports(
  file: string,
  byName: ReadonlyMap<string, Rolldown.OutputChunk>,
  into = new Set<string>(),
): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  for (const next of byName.get(file)?.imports ?? []) withStaticImports(next, byName, into);
  return into;
}

/**
 * Runs a build of one entry without writing to disk and returns its file and the other
 * chunks it loads. Tests and the size report build for themselves, so they never trust a
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
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const lazy = chunks.filter((c) => c !== entry);
  // Chunks load with the entry, on demand from it, or from a chunk it loads on demand (the
  // table's code loads the downloads' code on a click).
  const reached = withStaticImports(entry.fileName, byName);
  for (let size = -1; size !== reached.size;) {
    size = reached.size;
    for (const file of [...reached]) {
      for (const next of byName.get(file)?.dynamicImports ?? []) {
        withStaticImports(next, byName, reached);
      }
    }
  }
  const unreached = lazy.filter((c) => !reached.has(c.fileName));
  if (unreached.length > 0) {
    throw new Error(`chunks the entry never loads: ${unreached.map((c) => c.fileName).join(', ')}`);
  }
  const withFile = withStaticImports(entry.fileName, byName);
  const elements = new Set<string>();
  for (const file of entry.dynamicImports) {
    if (INNER.test(byName.get(file)?.facadeModuleId ?? '')) {
      for (const chunk of withStaticImports(file, byName)) {
        if (!withFile.has(chunk)) elements.add(chunk);
      }
    }
  }
  return {
    code: entry.code,
    imports: entry.imports,
    lazy: Object.fromEntries(lazy.map((c) => [c.fileName, c.code])),
    elements: [...elements],
  };
}
