import { isCalendarDate, type Feed, type Lang } from '@prim/indicators';
import { renderWidgetSvg, RenderSvgError, WIDGETS, type WidgetName } from '@prim/widgets/ssr';
import { parseCommandArgs, UsageError } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { openOutput, type OutputFile, writeOutput } from '../output-file.js';
import { readUsableFeed } from '../read-usable-feed.js';
import { COMMAND_HELP } from '../usage.js';

const LANGS: readonly Lang[] = ['fr', 'ar', 'en'];
const THEMES = ['light', 'dark'] as const;
const BY = ['commune', 'profile', 'sex', 'none'] as const;

interface RenderOptions {
  readonly widget: WidgetName;
  readonly feed?: string;
  readonly out?: string;
  readonly indicator?: string;
  readonly lang: Lang;
  readonly asOf?: string;
  readonly width?: number;
  readonly height?: number;
  readonly theme: (typeof THEMES)[number];
  readonly by?: (typeof BY)[number];
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new UsageError(
    `${name} expects ${allowed.join('|')}, got ${JSON.stringify(value)}`,
    'render',
  );
}

function pixels(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) {
    throw new UsageError(
      `${name} expects a whole number of pixels, got ${JSON.stringify(value)}`,
      'render',
    );
  }
  return n;
}

/** Checks the options before any file is read: a usage error should not wait for a feed. */
function options(args: readonly string[]): RenderOptions | 'help' {
  const { values, positionals } = parseCommandArgs(
    'render',
    args,
    {
      feed: { type: 'string' },
      indicator: { type: 'string' },
      lang: { type: 'string' },
      'as-of': { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      theme: { type: 'string' },
      by: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    1,
  );
  if (values.help) return 'help';
  if (positionals[0] === undefined) throw new UsageError('missing WIDGET', 'render');
  const widget = oneOf('WIDGET', positionals[0], WIDGETS);
  const asOf = values['as-of'];
  if (asOf !== undefined && (typeof asOf !== 'string' || !isCalendarDate(asOf))) {
    throw new UsageError(
      `--as-of expects a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`,
      'render',
    );
  }
  if (widget === 'indicator' && typeof values.indicator !== 'string') {
    throw new UsageError('the indicator widget needs --indicator ID', 'render');
  }
  return {
    widget,
    feed: typeof values.feed === 'string' ? values.feed : undefined,
    out: typeof values.output === 'string' ? values.output : undefined,
    indicator: typeof values.indicator === 'string' ? values.indicator : undefined,
    lang: oneOf('--lang', values.lang ?? 'fr', LANGS),
    asOf,
    width: pixels('--width', values.width),
    height: pixels('--height', values.height),
    theme: oneOf('--theme', values.theme ?? 'light', THEMES),
    by: values.by === undefined ? undefined : oneOf('--by', values.by, BY),
  };
}

/** Every id in --indicator must name an indicator of the feed: say which one does not. */
function checkIndicators(feed: Feed, ids: string | undefined): void {
  const known = new Set(feed.indicators.map((i) => i.id));
  const unknown = (ids ?? '').split(/\s+/).filter((id) => id && !known.has(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `no indicator ${unknown.map((id) => JSON.stringify(id)).join(', ')} in the feed (it has: ${[...known].join(', ')})`,
      'render',
    );
  }
}

/**
 * `prim render WIDGET [--feed FEED] [-o OUT.svg]`: the widget as a standalone SVG file (for
 * reports and print), drawn by the same code as the embeddable element. Without -o, the SVG
 * goes to standard output; feed errors and warnings go to standard error.
 */
export async function renderCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const opts = options(args);
  if (opts === 'help') {
    io.stdout(COMMAND_HELP.render);
    return EXIT.ok;
  }
  const out = opts.out === undefined ? undefined : await openOutput(opts.out);
  try {
    return await render(opts, out, io);
  } finally {
    await out?.discard();
  }
}

async function render(opts: RenderOptions, out: OutputFile | undefined, io: Io): Promise<ExitCode> {
  const read = await readUsableFeed(opts.feed, io, {
    command: 'prim render',
    nothing: 'nothing rendered',
    partial: (name) => `drawn from the valid part of ${name} only`,
  });
  if (!read) return EXIT.invalid;
  const { feed } = read;
  checkIndicators(feed, opts.indicator);

  let svg: string;
  try {
    svg = renderWidgetSvg(opts.widget, feed, {
      lang: opts.lang,
      theme: opts.theme,
      ...(opts.indicator ? { indicator: opts.indicator } : {}),
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      ...(opts.width ? { width: opts.width } : {}),
      ...(opts.height ? { height: opts.height } : {}),
      ...(opts.by ? { by: opts.by } : {}),
    });
  } catch (err) {
    if (err instanceof RenderSvgError) throw new UsageError(err.message, 'render');
    throw err;
  }

  if (out === undefined) io.stdout(svg);
  else await writeOutput(out, svg);
  return read.complete ? EXIT.ok : EXIT.invalid;
}
