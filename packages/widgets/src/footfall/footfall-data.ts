import {
  footfallPanels,
  type ComputeOptions,
  type Feed,
  type FootfallBy,
  type FootfallPanel,
  type FootfallPanels,
  type Lang,
  type StackSeries,
} from '@prim/indicators';
import { nameOf } from '@prim/indicators/present';
import type { Messages } from '../i18n/messages.js';

export { FOOTFALL_BY, type FootfallBy } from '@prim/indicators';

/** The model's footfall panels with the names a reader sees: commune titles, series labels. */
export interface FootfallData extends Omit<FootfallPanels, 'series' | 'panels'> {
  readonly series: ReadonlyArray<StackSeries & { readonly label: string }>;
  readonly panels: ReadonlyArray<FootfallPanel & { readonly title?: string }>;
}

export function footfallData(
  feed: Feed,
  options: ComputeOptions,
  by: FootfallBy,
  smallMultiples: boolean,
  lang: Lang,
  msgs: Messages,
): FootfallData {
  const data = footfallPanels(feed, options, by, smallMultiples);
  return {
    ...data,
    series: data.series.map((s) => ({
      ...s,
      label:
        s.kind === 'others'
          ? msgs.others
          : s.kind === 'not-stated'
            ? msgs.notStated
            : nameOf(feed, s.kind, s.key, lang),
    })),
    panels: data.panels.map((p) =>
      p.key === undefined ? p : { ...p, title: nameOf(feed, 'commune', p.key, lang) },
    ),
  };
}
