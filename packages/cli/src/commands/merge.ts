import { type MergeInput, mergeFeeds, parseFeed } from '@prim/indicators';
import { parseCommandArgs, UsageError } from '../args.js';
import { formatIssues } from '../format/issues.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { readValidFeed } from '../read-valid-feed.js';
import { COMMAND_HELP } from '../usage.js';
import { openOutput, type OutputFile } from '../output-file.js';
import { writeFeedOutput } from '../write-feed-output.js';

/** `prim merge FEED FEED… [-o FEED.json]`: one feed from several of one programme. */
export async function mergeCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    'merge',
    args,
    { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    Infinity,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP.merge);
    return EXIT.ok;
  }
  if (positionals.length < 2) throw new UsageError('merge needs at least two feeds', 'merge');
  const output = typeof values.output === 'string' ? await openOutput(values.output) : undefined;
  try {
    return await merge(positionals, io, output);
  } finally {
    // Nothing is left behind when no feed was written (after a write, the file is gone).
    await output?.discard();
  }
}

async function merge(
  positionals: readonly string[],
  io: Io,
  output: OutputFile | undefined,
): Promise<ExitCode> {
  const inputs: MergeInput[] = [];
  let invalid = false;
  for (const arg of positionals) {
    const read = await readValidFeed(arg, io);
    if (read) inputs.push(read);
    else invalid = true;
  }
  if (invalid) return EXIT.invalid;
  const result = mergeFeeds(inputs);
  if (!result.ok) {
    for (const c of result.conflicts) {
      const what = c.id !== undefined ? `${c.kind} "${c.id}"` : c.kind;
      io.stderr(
        `prim merge: ${what} is defined differently in ${c.inputs[0]} and ${c.inputs[1]}\n`,
      );
    }
    io.stderr(
      'prim merge: make the definitions the same (or give one a new id); nothing written\n',
    );
    return EXIT.invalid;
  }
  // The merged feed passes every check before it is written, like any other feed.
  const check = parseFeed(result.feed);
  if (!check.ok) {
    io.stderr(formatIssues(check.errors, check.warnings, 'merged feed: '));
    return EXIT.invalid;
  }
  const count = `: ${result.feed.observations.length} observations from ${inputs.length} feeds`;
  await writeFeedOutput(result.feed, output, io, count);
  return EXIT.ok;
}
