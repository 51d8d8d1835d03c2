import { computeIndicators, isCalendarDate } from '@prim/indicators';
import { localeFor } from '@prim/indicators/present';
import { parseCommandArgs, UsageError } from '../args.js';
import { feedLookup } from '../format/feed-lookup.js';
import { flagSayer } from '../format/flag-sayer.js';
import { isOutputLang, type OutputLang } from '../format/labels.js';
import { formatReportText } from '../format/report-text.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { readUsableFeed } from '../read-usable-feed.js';
import { COMMAND_HELP } from '../usage.js';

interface IndicatorsOptions {
  readonly asOf?: string;
  readonly json: boolean;
  readonly lang: OutputLang;
  readonly feed?: string;
}

/** Checks the options before any file is read: a usage error should not wait for a feed. */
function options(args: readonly string[]): IndicatorsOptions | 'help' {
  const { values, positionals } = parseCommandArgs(
    'indicators',
    args,
    {
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) return 'help';
  const asOf = values['as-of'];
  if (typeof asOf === 'string' && !isCalendarDate(asOf)) {
    throw new UsageError(
      `--as-of expects a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`,
      'indicators',
    );
  }
  const lang = values.lang ?? 'en';
  if (typeof lang !== 'string' || !isOutputLang(lang)) {
    throw new UsageError(`--lang expects fr or en, got ${JSON.stringify(lang)}`, 'indicators');
  }
  return {
    asOf: typeof asOf === 'string' ? asOf : undefined,
    json: values.json === true,
    lang,
    feed: positionals[0],
  };
}

/**
 * `prim indicators [FEED]`: standard output carries only the report (text or one JSON
 * object), so that `--json` can be piped; feed errors and warnings go to standard error.
 */
export async function indicatorsCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const opts = options(args);
  if (opts === 'help') {
    io.stdout(COMMAND_HELP.indicators);
    return EXIT.ok;
  }
  const read = await readUsableFeed(opts.feed, io, {
    command: 'prim indicators',
    nothing: 'nothing computed',
    partial: (name) =>
      `computed on the valid part of ${name} only (the items in error were left out)`,
  });
  if (!read) return EXIT.invalid;
  const { feed } = read;
  const computeOptions = opts.asOf ? { asOf: opts.asOf } : {};

  const report = computeIndicators(feed, computeOptions);
  io.stdout(
    opts.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatReportText(report, {
          lang: opts.lang,
          locale: localeFor(opts.lang, undefined, feed),
          lookup: feedLookup(feed, opts.lang),
          sayFlag: flagSayer(feed, computeOptions, opts.lang),
        }),
  );
  return read.complete ? EXIT.ok : EXIT.invalid;
}
