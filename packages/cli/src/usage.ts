/** Help texts, one per command; `prim help COMMAND` and `prim COMMAND --help` print them. */

const FEED_ARG = `FEED is a prim-feed/1 JSON file, or - for standard input. Without FEED, the
built-in PRIM feed of @prim/indicators is used.`;

export const COMMAND_HELP = {
  validate: `Usage: prim validate [FEED]

Checks a feed against the prim-feed/1 schema and its references.
${FEED_ARG}

Prints each error and warning with its JSON path, then a one-line summary.

Exit codes: 0 valid (warnings allowed), 1 invalid, 2 usage error or unreadable file.
`,
  indicators: `Usage: prim indicators [FEED] [--as-of DATE] [--json] [--lang fr|en]

Computes progress against targets, the 50% parity check and data-quality flags.
${FEED_ARG}

Options:
  --as-of DATE   compute as at this calendar date (YYYY-MM-DD); default: the feed's asOf
  --json         print one JSON object {asOf, indicators, parity, flags}
  --lang fr|en   language of labels and names in the text output (default: en)

A partly invalid feed: the errors go to standard error, the valid part is computed, and
the exit code is 1.

Exit codes: 0 computed, 1 the feed is invalid (or partly so), 2 usage error or unreadable
file.
`,
  render: `Usage: prim render WIDGET [--feed FEED] [-o OUT.svg] [options]

Draws a widget as a standalone SVG file (for reports and print), with the same code as the
embeddable element. WIDGET is indicator, progress or parity (footfall and funnel: not yet).
FEED is a prim-feed/1 JSON file, or - for standard input; without --feed, the built-in PRIM
feed of @prim/indicators is used.

Options:
  -o, --output OUT.svg   write the SVG to this file (default: standard output)
  --indicator ID         the indicator of the indicator widget (required there); for
                         progress, space-separated ids (default: every indicator with a target)
  --lang fr|ar|en        language of labels and numbers (default: fr; ar is right to left)
  --as-of DATE           draw as at this calendar date (YYYY-MM-DD); default: the feed's asOf
  --width N              width in pixels (default 480, at least 280)
  --height N             height of the SVG box (default: the drawing's own height)
  --theme light|dark     colours (default: light)

Exit codes: 0 drawn, 1 the feed is invalid (a partly invalid feed is drawn from its valid
part), 2 usage error, unknown indicator, or unreadable feed or unwritable output.
`,
  help: `Usage: prim help [COMMAND]

Shows help for a command.
`,
} as const;

export type CommandName = keyof typeof COMMAND_HELP;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_HELP, name);
}

export const GENERAL_HELP = `Usage: prim COMMAND [options]

The command-line side of the PRIM indicators toolkit.

Commands:
  validate [FEED]      check a prim-feed/1 document
  indicators [FEED]    compute indicators, parity and data-quality flags
  render WIDGET        draw a widget as a standalone SVG file
  help [COMMAND]       show help for a command

Options:
  -h, --help           show this help
  -V, --version        show the version

Run 'prim help COMMAND' for a command's options.
`;
