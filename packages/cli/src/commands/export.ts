import { parseCommandArgs, UsageError } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { readValidFeed } from '../read-valid-feed.js';
import { COMMAND_HELP } from '../usage.js';
import { feedToSheets } from '../workbook/feed-to-sheets.js';
import { writeWorkbook } from '../workbook/workbook-files.js';
import { workbookLang } from '../workbook/workbook-lang.js';

/** `prim export FEED -o WORKBOOK.xlsx|FOLDER [--lang fr|ar|en]`: a feed as a workbook to edit. */
export async function exportCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    'export',
    args,
    {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP.export);
    return EXIT.ok;
  }
  const out = values.output;
  if (typeof out !== 'string')
    throw new UsageError('-o WORKBOOK.xlsx or -o FOLDER is required', 'export');
  const lang = workbookLang(values.lang, 'export');
  const read = await readValidFeed(positionals[0], io);
  if (!read) return EXIT.invalid;
  await writeWorkbook(out, feedToSheets(read.feed), lang);
  io.stderr(`wrote ${out}\n`);
  return EXIT.ok;
}
