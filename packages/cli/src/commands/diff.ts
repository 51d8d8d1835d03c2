import { diffFeeds, isCalendarDate } from '@prim/indicators';
import { parseCommandArgs, UsageError } from '../args.js';
import { formatDiff } from '../format/diff-text.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { readValidFeed } from '../read-valid-feed.js';
import { COMMAND_HELP } from '../usage.js';

/** `prim diff OLD NEW [--json] [--as-of D] [--lang fr|en]`: what changed since last time. */
export async function diffCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    'diff',
    args,
    {
      json: { type: 'boolean' },
      'as-of': { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    2,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP.diff);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError('expected two feeds: OLD NEW', 'diff');
  const asOf = values['as-of'];
  if (asOf !== undefined && (typeof asOf !== 'string' || !isCalendarDate(asOf))) {
    throw new UsageError(
      `--as-of expects a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`,
      'diff',
    );
  }
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'fr')
    throw new UsageError(`--lang expects fr or en, got ${JSON.stringify(lang)}`, 'diff');
  const old = await readValidFeed(positionals[0], io);
  const now = await readValidFeed(positionals[1], io);
  if (!old || !now) return EXIT.invalid;
  const diff = diffFeeds(old.feed, now.feed, asOf ? { asOf } : {});
  io.stdout(values.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff, lang));
  return EXIT.ok;
}
