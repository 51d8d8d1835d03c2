/**
 * `pnpm --filter @prim/widgets sizes`: what each element costs a page that embeds it alone,
 * with everything it imports (Lit, d3 modules, zod/mini, the model), minified, gzip and
 * brotli. Writes docs/widget-sizes.md and prints the same table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { BUNDLE_FILE, bundleBuild, defineEntries } from './build-config.js';
import { buildInMemory } from './build-in-memory.js';

/** Budgets from the design notes: one element, and the whole set. */
export const BUDGET = { element: 30 * 1024, all: 60 * 1024 } as const;

export interface SizeRow {
  readonly name: string;
  readonly minified: number;
  readonly gzip: number;
  readonly brotli: number;
}

export function measure(name: string, code: string): SizeRow {
  const bytes = Buffer.from(code, 'utf8');
  return {
    name,
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function sizeTable(rows: readonly SizeRow[]): string {
  const lines = [
    '| entry | minified | gzip | brotli | budget (brotli) |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map((r) => {
      const everything = r.name === BUNDLE_FILE || r.name === 'define/all.js';
      const budget = everything ? BUDGET.all : BUDGET.element;
      const verdict = r.brotli <= budget ? 'within' : 'OVER';
      return `| \`${r.name}\` | ${kb(r.minified)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${verdict} ${kb(budget)} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** Every define entry bundled alone (self-contained), then the embed bundle. */
export async function measureAll(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const [name, path] of Object.entries(defineEntries())) {
    rows.push(
      measure(`define/${name}.js`, (await buildInMemory(bundleBuild(path, `${name}.js`))).code),
    );
  }
  rows.push(measure(BUNDLE_FILE, (await buildInMemory(bundleBuild())).code));
  return rows;
}

async function main(): Promise<void> {
  // Formatted as `prettier --check` expects, so the generated files pass the lint step.
  const out = fileURLToPath(new URL('../../../docs/widget-sizes.md', import.meta.url));
  const md = async (text: string) =>
    format(text, { ...(await resolveConfig(out)), parser: 'markdown' });
  const table = await md(sizeTable(await measureAll()));
  const doc = `# Widget sizes

What a page downloads to show one element (its \`define/\` entry bundled alone with everything
it imports) and the self-contained \`prim-widgets.js\`, built as shipped (Vite 8, minified),
compressed with node:zlib (gzip level 9, brotli quality 11). Budgets: one element under
30 KB brotli, everything under 60 KB. Regenerate with \`pnpm --filter @prim/widgets sizes\`.

${table}`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await md(doc));
  process.stdout.write(table);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
