import {
  DEFAULT_K,
  type Feed,
  footfallObservations,
  type FundRecord,
  fundCalls,
  fundObservations,
  parseFeed,
  period,
  RegisterTally,
  registerFeed,
  type Source,
} from '@prim/indicators';
import { parseCommandArgs, UsageError } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { openOutput, type OutputFile, writeOutput } from '../output-file.js';
import { FeedReadError, parseFeedInput, readFeed } from '../read-feed.js';
import { readFundFile } from '../registers/read-fund.js';
import { DuplicateFinder } from '../registers/duplicates.js';
import { readRegisterFile } from '../registers/read-register.js';
import { describeReject, RejectLog } from '../registers/rejects.js';
import { TableFileError } from '../registers/sniff.js';
import { COMMAND_HELP } from '../usage.js';

interface AggregateOptions {
  readonly registers: readonly string[];
  readonly k: number;
  readonly output?: string;
  readonly rejects?: string;
  readonly fund?: string;
  readonly base?: string;
}

function options(args: readonly string[]): AggregateOptions | 'help' {
  const { values, positionals } = parseCommandArgs(
    'aggregate',
    args,
    {
      k: { type: 'string' },
      output: { type: 'string', short: 'o' },
      rejects: { type: 'string' },
      fund: { type: 'string' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    Infinity,
  );
  if (values.help) return 'help';
  const kText = values.k ?? String(DEFAULT_K);
  const k = Number(kText);
  // With k = 2, "< 2" on a listed (non-zero) cell would mean exactly 1.
  if (typeof kText !== 'string' || !/^\d+$/.test(kText) || k < 3) {
    throw new UsageError(
      `--k expects a whole number ≥ 3, got ${JSON.stringify(kText)}`,
      'aggregate',
    );
  }
  if (positionals.length === 0 && values.fund === undefined) {
    throw new UsageError('give at least one REGISTER file, or --fund FILE', 'aggregate');
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    registers: positionals,
    k,
    output: str(values.output),
    rejects: str(values.rejects),
    fund: str(values.fund),
    base: str(values.base),
  };
}

async function baseFeed(path: string | undefined, io: Io): Promise<Feed> {
  const input = await readFeed(path, io);
  const { name } = input;
  const result = parseFeedInput(input);
  if (!result.ok)
    throw new FeedReadError(
      `${name} is not a valid feed; cannot take communes and regions from it`,
    );
  return result.feed;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `prim aggregate REGISTER… [--k N] [-o FEED] [--rejects FILE] [--fund FUND]`: registers
 * and fund records → a feed. The feed goes to -o or standard output; the summary and
 * every rejected line go to standard error.
 */
export async function aggregateCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const opts = options(args);
  if (opts === 'help') {
    io.stdout(COMMAND_HELP.aggregate);
    return EXIT.ok;
  }
  const base = await baseFeed(opts.base, io);
  // Both outputs are created before any row is read: a wrong path costs nothing.
  const rejectsFile = opts.rejects === undefined ? undefined : await openOutput(opts.rejects);
  let output;
  try {
    output = opts.output === undefined ? undefined : await openOutput(opts.output);
  } catch (err) {
    await rejectsFile?.discard();
    throw err;
  }
  try {
    return await aggregate(opts, base, rejectsFile, output, io);
  } finally {
    await rejectsFile?.discard();
    await output?.discard();
  }
}

async function aggregate(
  opts: AggregateOptions,
  base: Feed,
  rejectsFile: OutputFile | undefined,
  output: OutputFile | undefined,
  io: Io,
): Promise<ExitCode> {
  const rejects = new RejectLog(rejectsFile);
  await rejects.open();
  const tally = new RegisterTally();
  const duplicates = new DuplicateFinder(opts.registers.length);
  let lines = 0;
  let accepted = 0;
  const personal = new Set<string>();
  const skipped: string[] = [];
  for (const path of opts.registers) {
    try {
      const stats = await readRegisterFile(
        path,
        base.dimensions.commune ?? [],
        tally,
        rejects,
        duplicates,
      );
      lines += stats.lines;
      accepted += stats.accepted;
      stats.personal.forEach((h) => personal.add(h));
      skipped.push(...stats.skippedSheets.map((s) => `${path} (sheet "${s}")`));
    } catch (err) {
      if (!(err instanceof TableFileError)) throw err;
      await rejects.add({ file: path, sheet: '', reason: err.message.slice(path.length + 2) });
    }
  }
  let fund: FundRecord[] = [];
  let fundLines = 0;
  if (opts.fund !== undefined) {
    try {
      const read = await readFundFile(opts.fund, base.dimensions, rejects);
      fund = read.records;
      fundLines = read.lines;
    } catch (err) {
      if (!(err instanceof TableFileError)) throw err;
      await rejects.add({
        file: opts.fund,
        sheet: '',
        reason: err.message.slice(opts.fund.length + 2),
      });
    }
  }
  await rejects.close();

  const tables = tally.tables();
  const synthetic = tables.some((t) => t.synthetic);
  const registerSource: Source = {
    id: 'baom-registers',
    title: synthetic
      ? 'Synthetic BAOM register — generated demo data, NOT real footfall'
      : 'BAOM registers, monthly counts',
    publisher: 'prim aggregate',
    kind: synthetic ? 'synthetic' : 'document',
    note: `Counts below ${opts.k} are withheld (suppressed). People and cases of each month and commune are suppressed together, with complementary cells withheld, and a breakdown withheld whole where it could not be protected, so that no withheld count can be recomputed exactly from everything published. Personal columns are never read.`,
  };
  const fundSource: Source = {
    id: 'fund-records',
    title: 'Fund records (calls and projects)',
    publisher: 'prim aggregate',
    kind: 'document',
  };
  const footfall = footfallObservations(tables, { k: opts.k, source: registerSource.id });
  const fundObs = fundObservations(fund, fundSource.id);
  const observations = [...footfall.observations, ...fundObs];

  for (const r of rejects.shown) io.stderr(`rejected: ${describeReject(r)}\n`);
  if (rejects.count > rejects.shown.length) {
    io.stderr(
      `… and ${rejects.count - rejects.shown.length} more${opts.rejects ? ` in ${opts.rejects}` : ' (use --rejects FILE to list them all)'}\n`,
    );
  }
  if (personal.size > 0)
    io.stderr(`personal columns present and never read: ${[...personal].join(', ')}\n`);
  for (const s of skipped) io.stderr(`skipped ${s}: no register columns\n`);
  for (const w of duplicates.warnings) io.stderr(`warning: ${w}\n`);

  if (observations.length === 0) {
    io.stderr(
      `prim aggregate: nothing to aggregate (${plural(rejects.count, 'problem')}); no feed written\n`,
    );
    return EXIT.invalid;
  }
  const ends = observations.map((o) => period(o.period).end).sort();
  const feed = registerFeed({
    base,
    observations,
    sources: [
      ...(tables.length > 0 ? [registerSource] : []),
      ...(fund.length > 0 ? [fundSource] : []),
    ],
    calls: fundCalls(fund),
    asOf: ends.at(-1) as string,
  });
  // The feed must validate: a failure here is a bug, not the user's.
  const check = parseFeed(feed);
  if (!check.ok)
    throw new Error(`the aggregated feed is invalid: ${check.errors[0]?.message ?? ''}`);
  const json = `${JSON.stringify(feed, null, 2)}\n`;
  if (output !== undefined) await writeOutput(output, json);
  else io.stdout(json);

  const withheld = footfall.withheld;
  io.stderr(
    [
      `${plural(lines, 'register row')} read: ${accepted} aggregated, ${lines - accepted} rejected`,
      ...(opts.fund
        ? [
            `${plural(fundLines, 'fund line')} read: ${fund.length} used, ${fundLines - fund.length} rejected`,
          ]
        : []),
      `${plural(observations.length, 'observation')}; ${withheld.primary} cells withheld as < ${opts.k}, ${withheld.secondary} more withheld to protect them${footfall.coarsened > 0 ? `, ${plural(footfall.coarsened, 'table')} published without ${footfall.coarsened === 1 ? 'its' : 'their'} finest breakdown` : ''}`,
      `${plural(rejects.count, 'problem')}${rejects.count > 0 && opts.rejects ? ` (listed in ${opts.rejects})` : ''}`,
    ].join('\n') + '\n',
  );
  return rejects.count > 0 ? EXIT.invalid : EXIT.ok;
}
