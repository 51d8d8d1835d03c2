import { describe, expect, it } from 'vitest';
import { firstDownloads } from '../src/builder/first-downloads.js';
import { widgetSpec, type WidgetSpec } from '../src/embed/widget-catalog.js';

const FEED = 'https://indicators.example/data/prim.feed.json?v=3';
const spec = (tag: string): WidgetSpec => {
  const found = widgetSpec(tag);
  if (!found) throw new Error(tag);
  return found;
};
const downloads = (tag: string, attributes: Record<string, string> = {}, feed = FEED) =>
  firstDownloads(spec(tag), Object.entries(attributes), feed);
const views = (name: string) => `https://indicators.example/data/prim.views.${name}.json?v=3`;

describe('what a snippet preloads', () => {
  it('a chart: its feed and the part of the published views it draws from', () => {
    expect(downloads('prim-indicator')).toEqual([FEED, views('base')]);
    expect(downloads('prim-parity')).toEqual([FEED, views('base')]);
    expect(downloads('prim-table')).toEqual([FEED, views('table')]);
  });

  it('a footfall chart: the part of its `by` and `layout`, the default when unset', () => {
    expect(downloads('prim-footfall')).toEqual([FEED, views('footfall-profile')]);
    expect(downloads('prim-footfall', { by: 'none' })).toEqual([FEED, views('footfall-none')]);
    expect(downloads('prim-footfall', { by: 'commune', layout: 'small-multiples' })).toEqual([
      FEED,
      views('footfall-commune-multiples'),
    ]);
  });

  it('the whole views file for the dashboard, and for an option the element does not know', () => {
    const whole = 'https://indicators.example/data/prim.views.json?v=3';
    expect(downloads('prim-dashboard')).toEqual([FEED, whole]);
    expect(downloads('prim-footfall', { by: 'weekday' })).toEqual([FEED, whole]);
  });

  it('only the feed where the element computes from it', () => {
    expect(downloads('prim-indicator', { region: 'oriental' })).toEqual([FEED]);
    expect(downloads('prim-footfall', { commune: 'oujda' })).toEqual([FEED]);
    const other = 'https://indicators.example/data/prim.json';
    expect(downloads('prim-indicator', {}, other)).toEqual([other]);
  });
});
