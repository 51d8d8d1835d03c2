/**
 * Published views split by what one element draws, beside the whole views file: a
 * footfall chart reads the one footfall view it draws (16–65 KB of the 212 KB of footfall
 * views), a table of observations the views with the tables' observations but no footfall,
 * every other chart the views with neither (56 KB of the PRIM feed's 515 KB). A part is published views of
 * the same format and feed hash, holding a subset of the whole file's entries, each
 * unchanged: what a part lacks, the reader answers `Unpublished`, and the element computes
 * from the feed, as for a view the whole file lacks.
 */
import { FOOTFALL_BY, type FootfallBy } from '../footfall/footfall-by.js';
import { footfallKey, viewsFileName, type PublishedViews } from './views-format.js';

/** The part every chart but the footfall chart draws from: no footfall, no tables. */
export const BASE_PART = 'base';

/** The part of a table of observations: the base and every indicator's observations. */
export const TABLE_PART = 'table';

/** The part of one footfall view: 'footfall-profile', 'footfall-commune-multiples'. */
export function footfallPart(by: FootfallBy, smallMultiples: boolean): string {
  return `footfall-${by}${smallMultiples ? '-multiples' : ''}`;
}

/**
 * The part a footfall chart reads for its `by` and `layout` ('profile' and 'stacked' when
 * unset); undefined for an option it does not know, whose chart reads the whole file and
 * says what is wrong. Shared by the element and by the snippets that preload its part.
 */
export function footfallViewsPart(by: string, layout: string): string | undefined {
  if (!FOOTFALL_BY.includes(by as FootfallBy)) return undefined;
  if (layout !== 'stacked' && layout !== 'small-multiples') return undefined;
  return footfallPart(by as FootfallBy, layout === 'small-multiples');
}

/** Every part of published views, by name. */
export function viewsParts(views: PublishedViews): Record<string, PublishedViews> {
  // Without the tables' observations (half the whole file): only a table reads them.
  const { observations, ...charts } = views;
  const parts: Record<string, PublishedViews> = { [BASE_PART]: { ...charts, footfall: {} } };
  if (observations) parts[TABLE_PART] = { ...charts, footfall: {}, observations };
  for (const by of FOOTFALL_BY) {
    for (const multiples of [false, true]) {
      const key = footfallKey(by, multiples);
      const panels = views.footfall[key];
      // Own keys only: the views are JSON, but a key named like Object's own must not count.
      if (panels && Object.hasOwn(views.footfall, key)) {
        parts[footfallPart(by, multiples)] = { ...charts, footfall: { [key]: panels } };
      }
    }
  }
  return parts;
}

/** A part's file name beside its feed: prim.feed.json, 'base' → prim.views.base.json. */
export function viewsPartFileName(feedFileName: string, part: string): string {
  return viewsFileName(feedFileName).replace(/\.views\.json$/, `.views.${part}.json`);
}

/**
 * Every file `prim publish` writes for a feed's views, by file name, as JSON text: the
 * whole views (NAME.views.json, read by elements of earlier releases and by pages that name
 * it), then one file per part.
 */
export function publishedViewsFiles(
  feedFileName: string,
  views: PublishedViews,
): Record<string, string> {
  const files: Record<string, string> = {
    [viewsFileName(feedFileName)]: `${JSON.stringify(views)}\n`,
  };
  for (const [part, subset] of Object.entries(viewsParts(views))) {
    files[viewsPartFileName(feedFileName, part)] = `${JSON.stringify(subset)}\n`;
  }
  return files;
}
