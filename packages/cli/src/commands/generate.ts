import { generateRegister, REGISTER_COLUMNS, SYNTHETIC_COLUMN } from '@prim/indicators';
import { parseCommandArgs, UsageError } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { openOutput } from '../output-file.js';
import { describeSystemError, FeedReadError } from '../read-feed.js';
import { csvWriter, formatOf, type TableWriter, xlsxWriter } from '../registers/write-table.js';
import { COMMAND_HELP } from '../usage.js';

const whole = (name: string, text: unknown, min: number): number | undefined => {
  if (text === undefined) return undefined;
  if (typeof text !== 'string' || !/^\d+$/.test(text) || Number(text) < min) {
    throw new UsageError(
      `--${name} expects a whole number ≥ ${min}, got ${JSON.stringify(text)}`,
      'generate',
    );
  }
  return Number(text);
};

/** Rows are generated in memory (about 200 bytes each) before they are written. */
export const MAX_ROWS = 5_000_000;

/**
 * `prim generate register --rows N --seed S [-o FILE]`: a synthetic register (CSV on
 * standard output by default), every row marked synthetic.
 */
export async function generateCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    'generate',
    args,
    {
      rows: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) {
    io.stdout(COMMAND_HELP.generate);
    return EXIT.ok;
  }
  if (positionals[0] !== 'register') {
    throw new UsageError(
      `expected "register", got ${JSON.stringify(positionals[0] ?? '')}`,
      'generate',
    );
  }
  const rows = whole('rows', values.rows, 0);
  const seed = whole('seed', values.seed, 0);
  const out = typeof values.output === 'string' ? values.output : undefined;
  const format = out === undefined ? 'csv' : formatOf(out);
  if (!format) throw new UsageError('-o expects a .csv or .xlsx file', 'generate');
  const month = (name: string, v: unknown) => {
    if (v !== undefined && (typeof v !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(v))) {
      throw new UsageError(
        `--${name} expects a month YYYY-MM, got ${JSON.stringify(v)}`,
        'generate',
      );
    }
    return v as string | undefined;
  };
  const from = month('from', values.from);
  const to = month('to', values.to);
  if (rows !== undefined && rows > MAX_ROWS)
    throw new UsageError(
      `--rows is at most ${MAX_ROWS.toLocaleString('en')} (the rows are generated in memory), got ${rows}`,
      'generate',
    );
  const file = out === undefined ? undefined : await openOutput(out);
  const generated = generateRegister({
    ...(rows !== undefined ? { rows } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  let writer: TableWriter;
  try {
    writer = format === 'xlsx' && file ? xlsxWriter(file, 'Register') : csvWriter(file, io.stdout);
    await writer.write([...REGISTER_COLUMNS, SYNTHETIC_COLUMN]);
    for (const r of generated) {
      await writer.write([r.date, r.commune, r.profile, r.sex, r.request_type, r.outcome, 'true']);
    }
    await writer.close();
  } catch (err) {
    await file?.discard();
    throw new FeedReadError(
      `cannot write ${out ?? 'standard output'}: ${describeSystemError(err)}`,
    );
  }
  if (out !== undefined) io.stderr(`wrote ${generated.length} synthetic rows to ${out}\n`);
  return EXIT.ok;
}
