/**
 * What the measurements exposed and what was fixed. The "before" figures come from
 * `pnpm bench` (or its sections) run on the commit before each fix, on this same machine;
 * they are kept here as history, since this run can only measure the code as it is now.
 */
export const HISTORY = `## Fixed from these measurements

Before: \`pnpm bench\` (or its render section with this run's bench/src/render.ts) on the commit
named, on this machine. After: the tables above.

| what | before | measured at | after | fix |
| --- | ---: | --- | ---: | --- |
| compute on the 10× feed | 718 ms | a219ca5 | see "Model scaling" | 550c091 |
| compute on the 100× feed | 99,719 ms (91,741 ms on a second run) | a219ca5 | see "Model scaling" | 550c091 |
| compute growth from 10× to 100× rows | 139× (quadratic) | a219ca5 | see "Model scaling" | 550c091 |
| compute on the 1000× feed | not run (≈ 2.5 h by the quadratic trend) | a219ca5 | see "Model scaling" | 550c091 |
| 1 / 20 / 100 \`<prim-footfall>\` (median of 3) | 2,621 / 13,294 / 46,241 ms | a219ca5 | see "Render" | 550c091 |
| same run, Chart.js | 74.8 / 369 / 848 ms | a219ca5 | see "Render" | – |
| 1 / 20 / 100 \`<prim-footfall>\`, one shared feed (median of 5) | 351 / 2,424 / 10,644 ms | 7025d5e | see "Render" | 1efa5dc |
| 1 / 20 / 100 \`<prim-footfall>\`, a feed per chart (median of 5) | 379 / 2,714 / 11,684 ms | 7025d5e | see "Render" | 1efa5dc |
| same run, Chart.js | 59.0 / 228 / 541 ms | 7025d5e | see "Render" | – |

- **Quadratic 'incomplete-disaggregation' check** (550c091). For every total, the check
  compared every other cell of the same period to find its parts: with footfall by commune
  × profile × sex, a month of the 100× feed is about 4,000 cells, so 16 million comparisons
  a month. It now looks totals up by key from each part (packages/indicators/src/compute/
  flags/incomplete-disaggregation.ts); a fast-check comparison of the old and new functions
  on 3,000 random feeds (470 of them flagged) gave identical flags. The greedy choice of
  disjoint cells (compute/disjoint.ts) compared each candidate with every taken cell of
  the same period; it now answers with one lookup per group of cells of the same shape.
- **Every chart computing alone** (1efa5dc). After that fix, \`<prim-footfall>\` was still 8–35×
  slower than Chart.js and Plot, and 100 charts took 10–14 s. A profile in Chromium showed
  why: each element asked the model for the footfall summary twice (once only for its
  total) and for the monthly series three times, every element on the page did all of it
  again, and again when it drew itself at its measured width. Now the model remembers
  \`aggregate\`, \`series\`, \`breakdown\`, \`footfall\` and \`withheldByPeriod\` per feed object
  and options (compute/memo.ts: a WeakMap per feed, at most 256 answers per function,
  frozen so that no caller can change what the next one reads); the disjoint choice finds
  the periods overlapping a candidate's once per period instead of testing every period for
  every candidate; and elements share their Intl formatters. fast-check properties hold the
  remembered answers equal to a fresh copy's, and the disjoint choice equal to comparing
  every pair. The profile also exposed a wrong figure, now fixed and tested: a column's
  '< k' bound summed the withheld counts of every profile or sex of that month, not its own.
- **Network faults.** A feed server that never answered left widgets loading forever, and a
  connection cut mid-body showed a rendering error instead of a network error. Both now
  end in the network error state (packages/widgets/src/data/feed-cache.ts: a 15 s bound on
  the wait for response headers, and the body read inside the network error handling);
  packages/widgets/test/network-faults.test.ts failed before and passes after.
- **The model on large feeds** (issue #14: 7cf1f35 to 535ab3e; before and after in
  docs/benchmarks-model.md). \`node --cpu-prof\` on the 100× feed at aba5f90: of 4.5 s of
  samples, the garbage collector took 22%, \`computeIndicators\` 2.1 s (quality flags 1.2 s:
  'incomplete-disaggregation' 0.8 s building keys from a copy of every cell's values,
  'out-of-range-date' 0.26 s turning three dates into day numbers through \`Date\` for every
  cell; progress 0.55 s; making the cells 0.34 s) and \`parseFeed\` 0.95 s (zod 0.53 s, the
  nesting check 0.21 s with a path array per node, JSON.parse 0.13 s). Heap after a
  collection at 100×: the text 60 MB, the parsed feed 44 MB, the model's own state 63 MB.
  Now cells hold four fields and share their place and period (a place's key, values and
  projections are made once per place, not per observation); selections of cells and
  conflict resolutions are remembered per feed, and an unfiltered selection is the
  indicator's own list (no copy, filter or sort per call); day numbers come from integer
  arithmetic, periods are parsed once; 'incomplete-disaggregation' looks up only totals the
  feed has; the nesting check keeps depths only on JSON trees; observations go through a
  fast structural check that accepts only what zod accepts and builds the same objects,
  sharing repeated ids, while zod still judges the feed's frame and any observation the
  check does not accept, so every error is zod's, with its JSON path. After, 100×: parse
  0.50 s (JSON.parse 0.13 s), compute 0.73 s, GC 0.32 s; heap: feed 25 MB, model 33 MB. No
  figure changed: test/compute/model-equivalence.test.ts compares digests of every public
  computation with those recorded at aba5f90, on the PRIM feed at each of its 60 as-of
  dates, at 10×, and on 150 random feeds with random options; property tests hold the fast
  check to zod (5,000 random valid and invalid observations), day numbers to \`Date\`, and
  the depth-only walk to the path-keeping one. Also fixed: a monthly series of more than
  about 120k cells (\`footfall()\` on the 100× feed) threw RangeError.
  Not met: ≤ 5 µs per observation (7.4–8.2 µs of CPU from 10× to 1000× on this shared
  machine) and < 1 GB at 1000×: the feed's text alone is a 611 MB string (V8 keeps it in
  UTF-16 because of the Arabic names) and JSON.parse's objects about 390 MB, before the
  model starts. Both need a byte-level, streaming parse of the observations into columns.

- **Every embed validating and recomputing the feed** (issue #14, before aba5f90, after: the
  "First chart" and "Weight, before and after" tables, measured in one run with
  \`BENCH_BEFORE=aba5f90\`). \`prim publish\` and \`pnpm build\` now write \`NAME.views.json\`
  beside \`NAME.feed.json\`: the readings the elements draw, at the feed's as-of date, with the
  SHA-256 of the feed's bytes. An element whose feed has matching views draws from them, and
  the validator and the model moved to a chunk loaded only when an element computes from
  the feed; the download code loads on click; d3-array's unmarked top-level calls are
  dropped; a small load controller replaced @lit/task. Elements that draw from views went
  from 30.3–33.5 KB to 18.0–20.4 KB brotli before drawing, the bundle from 40.7 to 29.7 KB
  (\`<prim-footfall>\` is 0.4 KB over its 20 KB budget since the mark trees were merged).
  A property test holds the views' readings equal to the model's (random feeds, the PRIM
  feed at every month end), and an end-to-end test under a strict CSP checks that the model
  chunk is never requested and that stale or broken views fall back.

Not fixed, and the largest gap left: one \`<prim-footfall>\` alone (the rows "1" and "1, CPU
4× slower" of Render, the commonest embed) is still several times slower than Chart.js and
Plot. It validates the 0.3 MB feed (about 70 ms in a profile of the page) and computes the
monthly totals from 1,877 observations (about 60 ms) before it draws, where Chart.js and
Plot are handed 40 totals; charts with a feed each pay that once per chart. The footfall
breakdowns are now worked out only when read (a0f9248), which a chart of monthly totals
never does. With published views (above), the validation and the computation are gone
from the page; in the "First chart" table the three elements now take 0.93–1.43× Chart.js's
time (before: 1.02–2.02×), 100 charts to a page under 1 s, but not yet no slower than
Chart.js everywhere (\`<prim-footfall>\` 1.08–1.22×, \`<prim-indicator>\` throttled 1.43×). Left to try: a sidecar per element (a footfall chart reads 16 KB
of the 269 KB of views, and the page downloads the 359 KB feed only to hash it), a first
render at the measured width (the chart is drawn twice), and the folded data table (40
rows) rendered on first open rather than with the chart. (All three done since: the views
in parts per element, the first draw at the measured width and the table built on first
opening; see "First chart".)
`;
