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
embeddable element. WIDGET is indicator, progress, parity, footfall or funnel.
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
  --by commune|profile|sex|none
                         footfall: what the monthly bars are split by (default: profile)

Exit codes: 0 drawn, 1 the feed is invalid (a partly invalid feed is drawn from its valid
part), 2 usage error, unknown indicator, or unreadable feed or unwritable output.
`,
  help: `Usage: prim help [COMMAND]

Shows help for a command.
`,
  template: `Usage: prim template register -o FILE.xlsx|FILE.csv [--lang fr|ar|en]
       prim template feed -o FILE.xlsx|FOLDER [--lang fr|ar|en]

register: writes an empty BAOM register: one row per visit, with the columns date,
commune, profile, sex, request_type and outcome, headed in French (default), Arabic or
English. The .xlsx has drop-down lists and a "Codes" sheet with every code in three
languages.

feed: writes an empty feed workbook, one sheet per part of a feed (programme, regions,
communes, profiles, sexes, calls, indicators, milestones, activities, observations,
sources), headed with canonical English column names explained by cell comments in the
chosen language, with drop-down lists; a FOLDER gets one CSV file per sheet. Fill it in,
then run 'prim build'.
`,
  build: `Usage: prim build WORKBOOK.xlsx|FOLDER [-o FEED.json] [--lang fr|ar|en]

Builds a prim-feed/1 feed from a feed workbook (see 'prim template feed'), or from a
folder of CSV files named after its sheets. Headers may be in English, French or Arabic;
numbers stored as text, decimal commas, dd/mm/yyyy and Excel dates are read. Every check
of 'prim validate' applies. When as_of is empty, the end of the latest observation is used
and said.

Options:
  -o FEED.json     write the feed to this file (default: standard output)
  --lang fr|ar|en  language of the messages (default: fr)

Exit codes: 0 built; 1 problems, each named by sheet, row and column, and no feed
written; 2 usage error or unreadable file.
`,
  export: `Usage: prim export [FEED] -o WORKBOOK.xlsx|FOLDER [--lang fr|ar|en]

Writes a feed as a feed workbook (or a folder of CSV files), so that 'prim build' gives
the same feed back.
${FEED_ARG}

Options:
  -o WORKBOOK.xlsx|FOLDER  where to write (required)
  --lang fr|ar|en          language of the column comments (default: fr)

Exit codes: 0 written, 1 the feed is invalid (nothing written), 2 usage error or
unreadable file.
`,
  merge: `Usage: prim merge FEED FEED… [-o FEED.json]

Merges feeds of one programme (the workbook, the registers' aggregate, fund records, an
IATI import) into one. Regions, communes, indicators, sources and every other definition
are matched by id; observations are all kept, so differing figures from different
sources for the same indicator, period and dimensions stay side by side and the model
flags them as conflicting sources. asOf is the latest of the inputs'.

Options:
  -o FEED.json   write the merged feed to this file (default: standard output)

Exit codes: 0 merged; 1 an input is invalid, or an id (or the programme) is defined
differently in two inputs, named in the message; 2 usage error or unreadable file.
`,
  diff: `Usage: prim diff OLD NEW [--json] [--as-of DATE] [--lang fr|en]

What changed between two feeds: observations added, removed and changed (by indicator,
period, dimensions and source), definitions added, removed and changed (by id), and the
indicators whose status (on track, at risk…) changed. Each feed's status is computed as at
its own asOf, or both at --as-of DATE.

Options:
  --json         print {added, removed, changed, statusChanges}
  --as-of DATE   compute both statuses as at this calendar date
  --lang fr|en   language of the text output (default: en)

Exit codes: 0 compared (whether or not anything changed), 1 a feed is invalid, 2 usage
error or unreadable file.
`,
  publish: `Usage: prim publish [FEED] [-o DIR]

Writes DIR/NAME.views.json beside NAME.feed.json (or NAME.json): what the widgets draw for
the feed at its own as-of date (each indicator's progress and series, parity, the fund's
calls, footfall by commune, profile, sex or none, the stale-data flags) and the feed without
its observations, with the SHA-256 of the feed's exact bytes. A page whose feed has such
views draws <prim-indicator>, <prim-progress>, <prim-parity>, <prim-footfall> and
<prim-funnel> from them without loading the validator or the model; for another date, a
region or commune, or views that do not match the feed's bytes, widgets compute from the
feed as before. Also writes the same views in parts, one per element's need
(NAME.views.base.json: all but footfall and the tables' observations; NAME.views.table.json:
with the observations; NAME.views.footfall-BY[-multiples].json: one footfall view), so that
an element downloads only what it draws. Publish again each time
the feed changes. Without FEED: the built-in feed.

Options:
  -o DIR   where to write (default: the feed's folder); the feed is copied there too

Exit codes: 0 written, 1 the feed is invalid (nothing written), 2 usage error or unreadable
or unwritable file.
`,
  aggregate: `Usage: prim aggregate REGISTER… [--k N] [-o FEED] [--rejects FILE] [--fund FUND]
                      [--base FEED]

Reads BAOM registers (.xlsx or .csv; headers in French, Arabic or English; dates as
dd/mm/yyyy or yyyy-mm-dd, Arabic-Indic digits accepted) and writes a prim-feed/1 feed of
monthly counts per commune: people received ('baom-footfall') and cases ('baom-cases') by
profile × sex, by profile, by sex, and in total. Personal columns (name, birth date,
phone, notes…) are never read.

Options:
  --k N            withhold counts below N (default 5, at least 3), plus the counts (or
                   whole breakdowns) that would let a reader recompute them from the
                   totals or from cases (cases ≤ people); the feed is audited before
                   it is written
  -o FEED          write the feed to this file (default: standard output)
  --rejects FILE   write every rejected line (file, sheet, row, reason) to this CSV
  --fund FUND      also read fund records (CSV/XLSX: call, region, commune, opened,
                   closed, date, applications, selected, funded, amount, currency)
  --base FEED      take programme, regions and communes from this feed (default: the
                   built-in PRIM feed)

Every rejected line is reported on standard error with its file, sheet, row, column and
kind of problem (never the cell's content), and counted in the summary; good lines are
still aggregated. CSV files may be UTF-8, UTF-16 or Windows-1252; a sheet or file with the
same lines as another is reported as a probable duplicate. -o and --rejects are created
before any line is read, and written through a temporary file.

Exit codes: 0 every line aggregated, 1 some lines or files rejected (the feed holds the
rest), 2 usage error, unreadable base feed or unwritable -o/--rejects.
`,
  'import-iati': `Usage: prim import-iati FILE.xml [--activity ID] [-o FEED]

Turns the result/indicator elements of an IATI activity file (standard 2.0x) into a
prim-feed/1 feed: baseline, period targets and actuals, split by sex, region or profile
where a dimension says so. Warnings name what was left out.

Options:
  --activity ID   the iati-identifier of the activity to import (a feed is one
                  programme); the first by default, with a warning naming the others
  -o FEED         write the feed to FEED instead of standard output

Exit codes: 0 imported, 1 not an IATI activity file or not well-formed XML, 2 usage error.
`,
  generate: `Usage: prim generate register [--rows N] [--seed S] [--from YYYY-MM] [--to YYYY-MM]
                         [-o FILE.csv|FILE.xlsx]

Writes a synthetic BAOM register (16 Souss-Massa BAOMs, MRE in July–August, …) to FILE or,
as CSV, to standard output. Every row is marked synthetic; feeds made from it say so.
The rows are generated in memory: --rows is at most 5,000,000.
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
  template register    write an empty BAOM register (-o FILE.xlsx|.csv)
  template feed        write an empty feed workbook (-o FILE.xlsx|FOLDER)
  build WORKBOOK       a filled-in feed workbook → a feed
  export [FEED]        a feed → a feed workbook
  merge FEED FEED…     several feeds of one programme → one feed
  diff OLD NEW         what changed between two feeds
  publish [FEED]       the views widgets draw, beside the feed (-o DIR)
  aggregate REGISTER…  BAOM registers and fund records → a feed, small counts withheld
  import-iati FILE     the results of an IATI activity file → a feed
  generate register    write a synthetic BAOM register
  help [COMMAND]       show help for a command

Options:
  -h, --help           show this help
  -V, --version        show the version

Run 'prim help COMMAND' for a command's options.
`;
