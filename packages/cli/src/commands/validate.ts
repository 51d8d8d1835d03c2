import { parseCommandArgs } from '../args.js';
import { formatIssues, formatValidationSummary } from '../format/issues.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { parseFeedInput, readFeed } from '../read-feed.js';
import { COMMAND_HELP } from '../usage.js';

/**
 * `prim validate [FEED]`: the findings are this command's output, so they go to standard
 * output, errors first, then warnings, then a one-line summary.
 */
export async function validateCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    'validate',
    args,
    { help: { type: 'boolean', short: 'h' } },
    1,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP.validate);
    return EXIT.ok;
  }
  const input = await readFeed(positionals[0], io);
  const { name } = input;
  const result = parseFeedInput(input);
  if (!result.ok) {
    io.stdout(formatIssues(result.errors, result.warnings));
    io.stdout(
      formatValidationSummary(
        name,
        { valid: false, errors: result.errors.length },
        result.warnings.length,
      ),
    );
    return EXIT.invalid;
  }
  const { feed, warnings } = result;
  io.stdout(formatIssues([], warnings));
  io.stdout(
    formatValidationSummary(
      name,
      {
        valid: true,
        counts: {
          indicators: feed.indicators.length,
          observations: feed.observations.length,
          sources: feed.sources.length,
        },
      },
      warnings.length,
    ),
  );
  return EXIT.ok;
}
