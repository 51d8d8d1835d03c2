import type { ComputeOptions } from '../compute/results.js';
import {
  footfallPanels,
  type FootfallBy,
  type FootfallPanel,
  type FootfallPanels,
  type StackSeries,
} from '../footfall/footfall-panels.js';
import type { Feed } from '../schema/types.js';
import type { Formatter } from './formatter.js';
import { nameOf } from './names.js';

/** The model's footfall panels with the names a reader sees: commune titles, series labels. */
export interface FootfallView extends Omit<FootfallPanels, 'series' | 'panels'> {
  readonly series: ReadonlyArray<StackSeries & { readonly label: string }>;
  readonly panels: ReadonlyArray<FootfallPanel & { readonly title?: string }>;
}

export function footfallView(
  feed: Feed,
  options: ComputeOptions,
  by: FootfallBy,
  smallMultiples: boolean,
  fmt: Formatter,
): FootfallView {
  const data = footfallPanels(feed, options, by, smallMultiples);
  const { words, lang } = fmt;
  return {
    ...data,
    series: data.series.map((s) => ({
      ...s,
      label:
        s.kind === 'others'
          ? fmt.label(words.others)
          : s.kind === 'not-stated'
            ? fmt.label(words.notStated)
            : nameOf(feed, s.kind, s.key, lang),
    })),
    panels: data.panels.map((p) =>
      p.key === undefined ? p : { ...p, title: nameOf(feed, 'commune', p.key, lang) },
    ),
  };
}
