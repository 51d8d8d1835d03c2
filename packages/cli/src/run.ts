import { UsageError } from './args.js';
import { EXIT, type ExitCode, type Io } from './io.js';
import { FeedReadError } from './read-feed.js';
import { COMMAND_HELP, GENERAL_HELP, isCommandName } from './usage.js';
import { cliVersion } from './version.js';

/** A bug, not a user's mistake (sysexits' EX_SOFTWARE), so that scripts can tell them apart. */
export const EXIT_INTERNAL = 70;

type Command = (args: readonly string[], io: Io) => Promise<ExitCode>;

/** Loaded on demand: `prim validate` need not load the computations. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  indicators: async () => (await import('./commands/indicators.js')).indicatorsCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  template: async () => (await import('./commands/template.js')).templateCommand,
  aggregate: async () => (await import('./commands/aggregate.js')).aggregateCommand,
  'import-iati': async () => (await import('./commands/import-iati.js')).importIatiCommand,
  generate: async () => (await import('./commands/generate.js')).generateCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  merge: async () => (await import('./commands/merge.js')).mergeCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  publish: async () => (await import('./commands/publish.js')).publishCommand,
};

function helpCommand(args: readonly string[], io: Io): number {
  const [topic, ...rest] = args;
  if (rest.length > 0) throw new UsageError(`unexpected argument: ${rest.join(' ')}`, 'help');
  if (topic === undefined) {
    io.stdout(GENERAL_HELP);
    return EXIT.ok;
  }
  if (!isCommandName(topic)) throw new UsageError(`no such command: ${JSON.stringify(topic)}`);
  io.stdout(COMMAND_HELP[topic]);
  return EXIT.ok;
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '--help' || first === '-h') return helpCommand([], io);
  if (first === '--version' || first === '-V') {
    io.stdout(`${cliVersion()}\n`);
    return EXIT.ok;
  }
  if (first === 'help') return helpCommand(rest, io);
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (load) return (await load())(rest, io);
  throw new UsageError(
    first.startsWith('-')
      ? `unknown option: ${first}`
      : `unknown command: ${JSON.stringify(first)}`,
  );
}

/**
 * Runs `prim` with its arguments (without `node` and the script) and returns the exit code.
 * User mistakes become one clear line on standard error, never a stack trace.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      const where = err.command ? `prim ${err.command}` : 'prim';
      io.stderr(`${where}: ${err.message}\n\n`);
      io.stderr(
        err.command && isCommandName(err.command) ? COMMAND_HELP[err.command] : GENERAL_HELP,
      );
      return EXIT.usage;
    }
    if (err instanceof FeedReadError) {
      io.stderr(`prim: ${err.message}\n`);
      return EXIT.usage;
    }
    const detail = err instanceof Error ? err.message : String(err);
    io.stderr(`prim: internal error: ${detail}\n`);
    if (process.env.PRIM_DEBUG && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    else io.stderr('(this is a bug in prim; set PRIM_DEBUG=1 to see where it happened)\n');
    return EXIT_INTERNAL;
  }
}
