/**
 * The options every benchmark script takes. A benchmark prints its document; it rewrites the
 * tracked file in docs/ only when asked with --write, so a trial run leaves the tree clean.
 */
export interface BenchOptions {
  /** Rewrite the tracked document in docs/ (otherwise only print it). */
  readonly write: boolean;
}

/**
 * Reads `argv` (after the script name). `--help` prints `usage` and exits 0; an unknown
 * argument prints it to standard error and exits 2, before any measurement starts.
 */
export function benchOptions(argv: readonly string[], usage: string): BenchOptions {
  let write = false;
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(usage);
      process.exit(0);
    } else if (arg === '--write') write = true;
    else {
      process.stderr.write(`unknown argument: ${arg}\n\n${usage}`);
      process.exit(2);
    }
  }
  return { write };
}

/** Prints the document; with --write, also writes it (Prettier-formatted) to `path`. */
export async function publish(
  path: string,
  label: string,
  doc: string,
  options: BenchOptions,
): Promise<void> {
  process.stdout.write(`${doc}\n`);
  if (options.write) {
    // Prettier loads only when a document is written.
    const { writeMarkdown } = await import('./markdown.js');
    await writeMarkdown(path, doc);
    console.error(`wrote ${label}`);
  } else console.error(`${label} left unchanged (pass --write to update it)`);
}

/**
 * Prints one section of docs/benchmarks.md; with --write, replaces it there (or inserts it
 * before the section `beforeHeading`), leaving the rest of the document as it was.
 */
export async function publishSection(
  heading: string,
  section: string,
  beforeHeading: string,
  options: BenchOptions,
): Promise<void> {
  process.stdout.write(`${section}\n`);
  if (!options.write) return;
  const { writeSection } = await import('./markdown.js');
  const path = new URL('../../docs/benchmarks.md', import.meta.url).pathname;
  await writeSection(path, heading, section, beforeHeading);
  console.error(`wrote the "${heading}" section of docs/benchmarks.md`);
}
