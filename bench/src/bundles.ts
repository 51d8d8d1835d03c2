/**
 * Bundles each bar-chart entry exactly as @prim/widgets bundles its own files (its Vite
 * configuration, minified, self-contained), so that weights and render times compare like
 * with like. Reuses the widgets' build code rather than a second configuration.
 */
import { bundleBuild } from '../../packages/widgets/scripts/build-config.js';
import { buildInMemory } from '../../packages/widgets/scripts/build-in-memory.js';
import { COMPARE, comparePath, type CompareName } from './compare-entries.js';

export type Bundles = Record<CompareName, string>;

export async function buildCompareBundles(): Promise<Bundles> {
  const out: Partial<Bundles> = {};
  for (const name of Object.keys(COMPARE) as CompareName[]) {
    out[name] = (await buildInMemory(bundleBuild(comparePath(name), `${name}.js`))).code;
  }
  return out as Bundles;
}
