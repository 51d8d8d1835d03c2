import { parseCommandArgs, UsageError } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { openOutput } from '../output-file.js';
import { describeSystemError, FeedReadError, parseFeedInput, readFeed } from '../read-feed.js';
import {
  type TemplateLang,
  writeCsvTemplate,
  writeXlsxTemplate,
} from '../registers/register-template.js';
import { formatOf } from '../registers/write-table.js';
import { COMMAND_HELP } from '../usage.js';
import { templateFeed } from './template-feed.js';

/** `prim template register -o FILE.xlsx|.csv [--lang fr|ar|en]`: an empty register to fill in. */
export async function templateCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    'template',
    args,
    {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP.template);
    return EXIT.ok;
  }
  if (positionals[0] === 'feed') return templateFeed(values, io);
  if (positionals[0] !== 'register') {
    throw new UsageError(
      `expected "register" or "feed", got ${JSON.stringify(positionals[0] ?? '')}`,
      'template',
    );
  }
  const out = values.output;
  const format = typeof out === 'string' ? formatOf(out) : undefined;
  if (typeof out !== 'string' || !format)
    throw new UsageError('-o FILE.xlsx or FILE.csv is required', 'template');
  const lang = values.lang ?? 'fr';
  if (lang !== 'fr' && lang !== 'ar' && lang !== 'en') {
    throw new UsageError(`--lang expects fr, ar or en, got ${JSON.stringify(lang)}`, 'template');
  }
  const file = await openOutput(out);
  try {
    if (format === 'csv') await writeCsvTemplate(file, lang as TemplateLang);
    else {
      const parsed = parseFeedInput(await readFeed(undefined, io));
      const communes = parsed.ok ? (parsed.feed.dimensions.commune ?? []).map((c) => c.id) : [];
      await writeXlsxTemplate(file, lang as TemplateLang, communes);
    }
  } catch (err) {
    await file.discard();
    if (err instanceof FeedReadError) throw err;
    throw new FeedReadError(`cannot write ${out}: ${describeSystemError(err)}`);
  }
  io.stderr(`wrote ${out}\n`);
  return EXIT.ok;
}
