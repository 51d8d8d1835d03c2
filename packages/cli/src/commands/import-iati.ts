import { readFile } from 'node:fs/promises';
import { iatiToFeed, parseFeed } from '@prim/indicators';
import { parseCommandArgs, UsageError } from '../args.js';
import { formatIssues } from '../format/issues.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { openOutput, type OutputFile, writeOutput } from '../output-file.js';
import { describeSystemError, FeedReadError } from '../read-feed.js';
import { parseXmlDocument } from '../registers/xml-document.js';
import { COMMAND_HELP } from '../usage.js';

/** `prim import-iati FILE.xml [--activity ID] [-o FEED]`: an IATI activity's results as a feed. */
export async function importIatiCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    'import-iati',
    args,
    {
      output: { type: 'string', short: 'o' },
      activity: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP['import-iati']);
    return EXIT.ok;
  }
  const path = positionals[0];
  if (path === undefined) throw new UsageError('missing FILE.xml', 'import-iati');
  const out = typeof values.output === 'string' ? await openOutput(values.output) : undefined;
  try {
    return await importFile(path, values.activity, out, io);
  } finally {
    await out?.discard();
  }
}

async function importFile(
  path: string,
  activity: unknown,
  out: OutputFile | undefined,
  io: Io,
): Promise<ExitCode> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new FeedReadError(`cannot read ${path}: ${describeSystemError(err)}`);
  }
  let imported;
  try {
    imported = iatiToFeed(parseXmlDocument(text.replace(/^\uFEFF/, '')), {
      ...(typeof activity === 'string' ? { activity } : {}),
    });
  } catch (err) {
    io.stderr(`prim import-iati: ${path}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.invalid;
  }
  for (const w of imported.warnings) io.stderr(`warning: ${w}\n`);
  const check = parseFeed(imported.feed);
  if (!check.ok) {
    io.stderr(formatIssues(check.errors, check.warnings, `${path}: `));
    io.stderr(`prim import-iati: ${path} gives an invalid feed\n`);
    return EXIT.invalid;
  }
  const json = `${JSON.stringify(imported.feed, null, 2)}\n`;
  if (out !== undefined) {
    await writeOutput(out, json);
    io.stderr(
      `wrote ${out.path}: ${imported.feed.indicators.length} indicators, ${imported.feed.observations.length} observations\n`,
    );
  } else io.stdout(json);
  return EXIT.ok;
}
