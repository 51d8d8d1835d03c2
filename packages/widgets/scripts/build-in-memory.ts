import { build, type InlineConfig, type Rolldown } from 'vite';
import { bundleBuild } from './build-config.js';

export interface BuiltFile {
  readonly code: string;
  /** Modules the file still imports (static and dynamic): none for a self-contained file. */
  readonly imports: readonly string[];
}

/**
 * Runs a self-contained build without writing to disk and returns its one file.
 * Tests and the size report build for themselves, so they never trust a stale dist/.
 */
export async function buildInMemory(config: InlineConfig = bundleBuild()): Promise<BuiltFile> {
  const result = await build({ ...config, build: { ...config.build, write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((f) => f.type === 'chunk');
  const [only, ...more] = chunks;
  if (!only || more.length > 0) {
    throw new Error(
      `expected one self-contained file, got ${chunks.map((c) => c.fileName).join(', ')}`,
    );
  }
  return { code: only.code, imports: [...only.imports, ...only.dynamicImports] };
}
