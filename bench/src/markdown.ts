/** Small helpers for the tables of docs/benchmarks.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** Writes a Markdown document as the repository's Prettier style has it (lint checks docs/). */
export async function writeMarkdown(path: string, doc: string): Promise<void> {
  writeFileSync(path, await format(doc, { ...(await resolveConfig(path)), parser: 'markdown' }));
}

/**
 * Replaces the section that opens with `## heading` in the document at `path` (up to the
 * next `## `), or inserts it before the section `## beforeHeading`.
 */
export async function writeSection(
  path: string,
  heading: string,
  section: string,
  beforeHeading: string,
): Promise<void> {
  const doc = readFileSync(path, 'utf8');
  const at = doc.indexOf(`## ${heading}\n`);
  const end = at < 0 ? -1 : doc.indexOf('\n## ', at + 1);
  const updated =
    at < 0
      ? doc.replace(`## ${beforeHeading}\n`, `${section}\n## ${beforeHeading}\n`)
      : `${doc.slice(0, at)}${section}\n${end < 0 ? '' : doc.slice(end + 1)}`;
  await writeMarkdown(path, updated);
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export const ms = (value: number): string =>
  value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A Markdown table; columns after the first are right-aligned (they hold numbers). */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const align = head.map((_, i) => (i === 0 ? '---' : '---:'));
  return `${[line(head), line(align), ...rows.map(line)].join('\n')}\n`;
}
