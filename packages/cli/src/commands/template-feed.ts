import { UsageError } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { templateSheets } from '../workbook/feed-to-sheets.js';
import { writeWorkbook } from '../workbook/workbook-files.js';
import { workbookLang } from '../workbook/workbook-lang.js';

/** `prim template feed -o FILE.xlsx|FOLDER [--lang fr|ar|en]`: an empty feed workbook. */
export async function templateFeed(
  values: Readonly<Record<string, string | boolean | undefined>>,
  io: Io,
): Promise<ExitCode> {
  const out = values.output;
  if (typeof out !== 'string')
    throw new UsageError('-o FILE.xlsx or -o FOLDER is required', 'template');
  const lang = workbookLang(values.lang, 'template');
  await writeWorkbook(out, templateSheets(), lang);
  io.stderr(`wrote ${out}\n`);
  return EXIT.ok;
}
