import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: reported with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show, when known. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: readonly string[];
}

/**
 * Strict parsing of one command's arguments. `-` stays a positional (standard input);
 * node's own error messages are kept but thrown as UsageError, never as a stack trace.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: Options,
  maxPositionals: number,
): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err), command);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).join(' ');
    throw new UsageError(`unexpected argument: ${extra}`, command);
  }
  return {
    values: parsed.values as ParsedArgs['values'],
    positionals: parsed.positionals,
  };
}
