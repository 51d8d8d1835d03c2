/**
 * What the measurements exposed and what was fixed. The "before" figures come from
 * `pnpm bench` (or its sections) run on the commit before each fix, on this same machine;
 * they are kept here as history, since this run can only measure the code as it is now.
 */
export const HISTORY = `## Fixed from these measurements

| what | before (commit a219ca5) | after (this run's code) | fix |
| --- | ---: | ---: | --- |
| compute on the 10× feed | 718 ms | see "Model scaling" | commit 550c091 |
| compute on the 100× feed | 99,719 ms (91,741 ms on a second run) | see "Model scaling" | commit 550c091 |
| compute growth from 10× to 100× rows | 139× (quadratic) | see "Model scaling" | commit 550c091 |
| compute on the 1000× feed | not run (≈ 2.5 h by the quadratic trend) | see "Model scaling" | commit 550c091 |
| 1 / 20 / 100 \`<prim-footfall>\` (median of 3) | 2,621 / 13,294 / 46,241 ms | see "Render" | commit 550c091 |
| same run, Chart.js | 74.8 / 369 / 848 ms | see "Render" | – |

- **Quadratic 'incomplete-disaggregation' check.** For every total, the check compared
  every other cell of the same period to find its parts: with footfall by commune × profile
  × sex, a month of the 100× feed is about 4,000 cells, so 16 million comparisons a month.
  It now looks totals up by key from each part (packages/indicators/src/compute/flags/
  incomplete-disaggregation.ts); a fast-check comparison of the old and new functions on
  3,000 random feeds (470 of them flagged) gave identical flags. The greedy choice of
  disjoint cells (compute/disjoint.ts) compared each candidate with every taken cell of
  the same period; it now answers with one lookup per group of cells of the same shape.
  Every prim-* element computes quality flags for its footer, so the fix also shows in
  the render times.
- **Network faults.** A feed server that never answered left widgets loading forever, and a
  connection cut mid-body showed a rendering error instead of a network error. Both now
  end in the network error state (packages/widgets/src/data/feed-cache.ts: a 15 s bound on
  the wait for response headers, and the body read inside the network error handling);
  packages/widgets/test/network-faults.test.ts failed before and passes after.

Not fixed, and the largest gap these tables show: each \`<prim-footfall>\` validates the feed
it is given and computes the footfall summary and the feed's quality flags on its own, so N
widgets on one feed cost N times that work, where Chart.js and Plot draw precomputed totals.
`;
