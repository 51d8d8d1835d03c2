import type { FootfallPanel, FootfallPanels, StackSeries } from '../footfall/footfall-panels.js';
import type { Feed } from '../schema/types.js';
import type { Formatter } from './formatter.js';
import { nameOf } from './names.js';

/** The model's footfall panels with the names a reader sees: commune titles, series labels. */
export interface FootfallView extends Omit<FootfallPanels, 'series' | 'panels'> {
  readonly series: ReadonlyArray<StackSeries & { readonly label: string }>;
  readonly panels: ReadonlyArray<FootfallPanel & { readonly title?: string }>;
}

/**
 * Footfall panels already computed (by the model, or published with the feed) named for a
 * reader: what `footfallView` returns, without computing anything.
 */
export function namedFootfall(feed: Feed, data: FootfallPanels, fmt: Formatter): FootfallView {
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
