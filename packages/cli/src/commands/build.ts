import { parseCommandArgs, UsageError } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { describeSystemError, FeedReadError } from '../read-feed.js';
import { TableFileError } from '../registers/sniff.js';
import { COMMAND_HELP } from '../usage.js';
import { openOutput, type OutputFile } from '../output-file.js';
import { writeFeedOutput } from '../write-feed-output.js';
import { describeProblem } from '../workbook/problem-messages.js';
import { sheetsToFeed } from '../workbook/sheets-to-feed.js';
import { readWorkbook } from '../workbook/workbook-files.js';
import type { WorkbookLang } from '../workbook/header-words.js';
import { workbookLang } from '../workbook/workbook-lang.js';

/**
 * `prim build WORKBOOK.xlsx|FOLDER [-o FEED.json] [--lang fr|ar|en]`: a filled-in workbook
 * → a valid feed, or every problem by sheet, row and column and no feed at all.
 */
export async function buildCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    'build',
    args,
    {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP.build);
    return EXIT.ok;
  }
  const input = positionals[0];
  if (input === undefined)
    throw new UsageError('missing WORKBOOK (.xlsx or a folder of CSV files)', 'build');
  const lang = workbookLang(values.lang, 'build');
  const output = typeof values.output === 'string' ? await openOutput(values.output) : undefined;
  try {
    return await build(input, lang, io, output);
  } finally {
    // Nothing is left behind when no feed was written (after a write, the file is gone).
    await output?.discard();
  }
}

async function build(
  input: string,
  lang: WorkbookLang,
  io: Io,
  output: OutputFile | undefined,
): Promise<ExitCode> {
  let sheets;
  try {
    sheets = await readWorkbook(input);
  } catch (err) {
    if (err instanceof TableFileError) throw new FeedReadError(err.message);
    throw new FeedReadError(`cannot read ${input}: ${describeSystemError(err)}`);
  }
  const result = sheetsToFeed(sheets);
  for (const n of result.notices) io.stderr(`${input}: ${describeProblem(n, lang)}\n`);
  if (!result.ok) {
    for (const p of result.problems) io.stderr(`${input}: ${describeProblem(p, lang)}\n`);
    io.stderr(SUMMARY[lang](result.problems.length));
    return EXIT.invalid;
  }
  await writeFeedOutput(result.feed, output, io);
  return EXIT.ok;
}

const SUMMARY = {
  en: (n: number) => `${n} problem${n === 1 ? '' : 's'}; no feed written\n`,
  fr: (n: number) => `${n} problème${n === 1 ? '' : 's'} ; aucun flux écrit\n`,
  ar: (n: number) => `عدد المشاكل: ${n}؛ لم يُكتب أي تدفق\n`,
} as const;
