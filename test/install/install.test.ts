/**
 * The packages as a developer meets them: `pnpm pack` of @prim/indicators, @prim/widgets and
 * @prim/cli (their prepack scripts build dist/), installed with npm in a fresh project in the
 * system's temporary folder — outside the workspace, so no workspace node_modules, override or
 * TypeScript source can help — then used from plain Node, from a strict `nodenext` TypeScript
 * file, and through the installed `prim` command.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asModule,
  exampleFile,
  importedPackages,
  readmeExamples,
  toJavaScript,
} from './readme-examples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['indicators', 'widgets', 'cli'] as const;
// The workspace's own compiler, pointed at the project below: it reads the project's types.
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
// What the package READMEs tell a developer to install beside the tarballs.
const PEERS = ['arquero@~7.2.1'];
// A TypeScript project for Node has Node's types (the README examples read files).
const DEV = ['@types/node@^20.19.0'];
const EXAMPLES = readmeExamples(ROOT);

const exec = promisify(execFile);

interface Ran {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command in `cwd`; its outcome is returned, not thrown, so a test can show it. */
async function run(cwd: string, command: string, args: readonly string[]): Promise<Ran> {
  try {
    const { stdout, stderr } = await exec(command, args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, stdout, stderr };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    return { ok: false, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message };
  }
}

/** Throws with the command's standard error when it failed (set-up steps). */
function succeeded(step: string, ran: Ran): Ran {
  if (!ran.ok) throw new Error(`${step} failed:\n${ran.stderr}\n${ran.stdout}`);
  return ran;
}

const CLI_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }
).version;

// What a developer writes, each run once the packages are installed.
const SCRIPTS = {
  'completion.mjs': `import { fundCompletion, parseFeed } from '@prim/indicators';
import feed from '@prim/indicators/feeds/prim.json' with { type: 'json' };
const parsed = parseFeed(feed);
if (!parsed.ok) throw new Error('the built-in feed does not parse');
const { actual, target, status } = fundCompletion(parsed.feed, { asOf: '2022-06-30' });
console.log(JSON.stringify({ actual, target, status }));
`,
  'render.mjs': `import { renderWidgetSvg } from '@prim/widgets/ssr';
import { parseFeed } from '@prim/indicators';
import feed from '@prim/indicators/feeds/prim.json' with { type: 'json' };
const parsed = parseFeed(feed);
if (!parsed.ok) throw new Error('the built-in feed does not parse');
process.stdout.write(renderWidgetSvg('progress', parsed.feed, { lang: 'ar' }));
`,
  'analysis.mjs': `import { parseFeed } from '@prim/indicators';
import { observationsTable } from '@prim/indicators/analysis';
import feed from '@prim/indicators/feeds/prim.json' with { type: 'json' };
const parsed = parseFeed(feed);
if (!parsed.ok) throw new Error('the built-in feed does not parse');
console.log(observationsTable(parsed.feed).numRows() === parsed.feed.observations.length);
`,
  'check.ts': `import { fundCompletion, parseFeed, type Progress } from '@prim/indicators';
import { renderWidgetSvg } from '@prim/widgets/ssr';
import feed from '@prim/indicators/feeds/prim.json' with { type: 'json' };

const parsed = parseFeed(feed);
if (parsed.ok) {
  const completion: Progress = fundCompletion(parsed.feed, { asOf: '2022-06-30' });
  const share: number | undefined = completion.completion;
  const svg: string = renderWidgetSvg('parity', parsed.feed, { lang: 'fr' });
  console.log(share, svg.length);
}
// The declarations are real types, not any: a misspelt status does not compile.
// @ts-expect-error 'offtrack' is not a Status
export const misspelt: Progress['status'] = 'offtrack';
`,
};

let project: string;
const tarballs = new Map<string, string>();
let results: Record<
  'completion' | 'render' | 'analysis' | 'tsc' | 'version' | 'report' | 'browserImports',
  Ran
>;
let examples: Ran[];

/** The strict nodenext project settings, checking check.ts and the README's TypeScript. */
function tsconfig(files: readonly string[]): string {
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2023', 'dom'],
      resolveJsonModule: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
    },
    files,
  });
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'prim-install-'));
  const packs = join(project, 'packs');
  // The three builds are independent: pack them side by side.
  await Promise.all(
    PACKAGES.map(async (name) =>
      succeeded(
        `pnpm pack of @prim/${name}`,
        await run(join(ROOT, 'packages', name), 'pnpm', [
          'pack',
          '--pack-destination',
          join(packs, name),
        ]),
      ),
    ),
  );
  for (const name of PACKAGES) {
    const file = readdirSync(join(packs, name)).find((f) => f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @prim/${name}`);
    tarballs.set(name, join(packs, name, file));
  }
  const npm = async (...args: string[]) =>
    succeeded(`npm ${args[0]}`, await run(project, 'npm', args));
  await npm('init', '-y');
  await npm('pkg', 'set', 'type=module');
  // The npm cache makes repeated runs quick; the registry is asked only for what is missing.
  await npm(
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    ...tarballs.values(),
    ...PEERS,
    ...DEV,
  );
  for (const [file, text] of Object.entries(SCRIPTS)) writeFileSync(join(project, file), text);
  const typed = ['check.ts'];
  const runnable: string[] = [];
  EXAMPLES.forEach((example, i) => {
    if (example.browser) return;
    const file = exampleFile(i, example);
    writeFileSync(join(project, file), asModule(example));
    if (example.lang === 'ts') {
      typed.push(file);
      writeFileSync(join(project, `readme-${i}.mjs`), toJavaScript(asModule(example)));
    }
    runnable.push(`readme-${i}.mjs`);
  });
  writeFileSync(join(project, 'tsconfig.json'), tsconfig(typed));
  const browserImports = EXAMPLES.filter((e) => e.browser).flatMap((e) => importedPackages(e.code));
  writeFileSync(
    join(project, 'resolve.mjs'),
    `for (const name of ${JSON.stringify(browserImports)}) import.meta.resolve(name);\n`,
  );
  const node = (file: string) => run(project, process.execPath, [file]);
  const prim = (...args: string[]) => run(project, 'npx', ['--no-install', 'prim', ...args]);
  const examplesRun = Promise.all(runnable.map(node));
  const [completion, render, analysis, tsc, version, report, browser] = await Promise.all([
    node('completion.mjs'),
    node('render.mjs'),
    node('analysis.mjs'),
    // --listFiles: the check also says where every type came from.
    run(project, process.execPath, [TSC, '-p', project, '--listFiles']),
    prim('--version'),
    prim('indicators', '--json', '--as-of', '2022-06-30'),
    node('resolve.mjs'),
  ]);
  results = { completion, render, analysis, tsc, version, report, browserImports: browser };
  examples = await examplesRun;
}, 600_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** The standard output of a step that must have succeeded (else its error is the failure). */
function output(step: keyof typeof results): string {
  const ran = results[step];
  expect(ran.ok, `${step}:\n${ran.stderr}\n${ran.stdout}`).toBe(true);
  return ran.stdout;
}

describe('the packed packages, installed with npm outside the workspace', () => {
  it('ship the MIT licence, and @prim/indicators depends on zod alone', () => {
    for (const [name, tarball] of tarballs) {
      const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
      expect(files, name).toContain('package/LICENSE');
    }
    const manifest = JSON.parse(
      readFileSync(join(project, 'node_modules/@prim/indicators/package.json'), 'utf8'),
    ) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(['zod']);
  });

  it('compute the fund completion at 2022-06-30 in plain Node: 5 of 100, off track', () => {
    expect(JSON.parse(output('completion'))).toEqual({
      actual: 5,
      target: 100,
      status: 'off-track',
    });
  });

  it('render a widget to SVG with the SSR entry, in Arabic', () => {
    const svg = output('render');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg /);
    expect(svg).toContain('direction="rtl"');
    expect(svg).toContain('</svg>');
  });

  it('build an analysis table with arquero 7, the optional peer', () => {
    expect(output('analysis').trim()).toBe('true');
  });

  it('type-check strict nodenext TypeScript (a file and the README examples) against the published types alone', () => {
    const listed = output('tsc').split('\n');
    // Every type comes from the project's node_modules; only TypeScript's own lib files
    // come from the compiler.
    const fromWorkspace = listed.filter(
      (f) => f.startsWith(ROOT) && !/\/typescript\/lib\/lib\.[\w.]+\.d\.ts$/.test(f),
    );
    expect(fromWorkspace).toEqual([]);
    expect(listed).toContain(join(project, 'node_modules/@prim/indicators/dist/index.d.ts'));
    expect(listed).toContain(
      join(project, 'node_modules/@prim/widgets/dist/lib/ssr/render-svg.d.ts'),
    );
  });

  it('run every ts and js example of the README files (and resolve the browser ones)', () => {
    const nodeExamples = EXAMPLES.filter((e) => !e.browser);
    expect(nodeExamples.map((e) => e.origin.split(':')[0])).toContain(
      'packages/indicators/README.md',
    );
    nodeExamples.forEach((example, i) => {
      const ran = examples[i];
      expect(ran?.ok, `${example.origin}:\n${ran?.stderr}`).toBe(true);
    });
    expect(EXAMPLES.some((e) => e.browser)).toBe(true);
    output('browserImports');
  });

  it('run the installed prim command with plain Node', () => {
    expect(output('version')).toBe(`${CLI_VERSION}\n`);
    const report = JSON.parse(output('report')) as {
      asOf: string;
      indicators: Array<{ indicator: string; actual?: number; status: string }>;
    };
    expect(report.asOf).toBe('2022-06-30');
    expect(report.indicators.find((i) => i.indicator === 'fund-completion')).toMatchObject({
      actual: 5,
      status: 'off-track',
    });
  });
});
