/**
 * Published views answer exactly what the model answers, for what they were published for:
 * random feeds, and the PRIM feed at every month end of the programme and at its own as-of.
 * Everything else is refused (`Unpublished`), so an element falls back to the model.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASE_PART,
  TABLE_PART,
  FOOTFALL_BY,
  footfallKey,
  footfallPart,
  parseFeed,
  publishFeedBytes,
  publishedViewsFiles,
  publishViews,
  viewsParts,
  type ComputeOptions,
  type Feed,
  type PublishedViews,
} from '@prim/indicators';
import { formatterFor, observationTableOf } from '@prim/indicators/present';
import { feedArb } from '../../indicators/test/fixtures/random-feeds.js';
import { checkPublishedViews } from '../src/data/check-published-views.js';
import { Unpublished, type FeedReader } from '../src/data/feed-reader.js';
import { modelReader } from '../src/data/model-reader.js';
import { publishedReader } from '../src/data/published-reader.js';
import { dashboardWidgetView } from '../src/views/dashboard-view.js';
import { widgetContext } from '../src/views/widget-context.js';

const FEED_BYTES = readFileSync(new URL('../../indicators/feeds/prim.feed.json', import.meta.url));
const parsed = parseFeed(FEED_BYTES.toString('utf8'));
if (!parsed.ok) throw new Error('the PRIM feed does not parse');
const PRIM = parsed.feed;
const HASH = 'a'.repeat(64);

/** Every month end of the PRIM programme, and the feed's own as-of date. */
function primDates(): string[] {
  const { start, end } = PRIM.programme;
  const dates = [PRIM.asOf];
  for (let d = new Date(`${start}T00:00:00Z`); d <= new Date(`${end}T00:00:00Z`);) {
    const monthEnd = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    dates.push(monthEnd.toISOString().slice(0, 10));
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  return dates;
}

/** As a page reads them: through JSON, checked structurally. */
function roundTrip(views: PublishedViews): PublishedViews {
  const checked = checkPublishedViews(JSON.parse(JSON.stringify(views)));
  if (typeof checked === 'string') throw new Error(checked);
  return checked;
}

const FORMATTERS = [
  formatterFor('fr', 'fr-MA'),
  formatterFor('ar', 'ar-MA'),
  formatterFor('en', 'en'),
];

/** Every question an element asks, of both readers, with the options it passes. */
function expectSameAnswers(feed: Feed, views: PublishedViews): void {
  const fast = publishedReader(views);
  const full = modelReader(feed);
  // An element passes `{ filter: {} }`, or the as-of date when its attribute names one.
  for (const options of [{ filter: {} }, { asOf: feed.asOf, filter: {} }] as ComputeOptions[]) {
    const ask = (r: FeedReader) => ({
      progress: feed.indicators.map((i) => r.progress(i.id, options)),
      series: feed.indicators.map((i) => r.series(i.id, options)),
      parity: r.parity(options),
      stale: r.stale(options),
      fundPipeline: r.fundPipeline(options),
      footfall: FOOTFALL_BY.map((by) => r.footfall(options, by, false)),
      multiples: (['commune', 'none'] as const).map((by) => r.footfall(options, by, true)),
    });
    // Through JSON, as published: a NaN or an undefined in an array would not survive it.
    expect(ask(fast)).toStrictEqual(JSON.parse(JSON.stringify(ask(full))));
  }

  // A table of observations, as <prim-table> shows it in every language: with the feed from
  // the model, with its head from published views.
  const tables = (r: FeedReader, shown: Feed) =>
    FORMATTERS.map((fmt) =>
      shown.indicators.map((i) =>
        observationTableOf(shown, i, r.observations(i.id, { filter: {} }), fmt),
      ),
    );
  expect(tables(fast, views.head)).toStrictEqual(tables(full, feed));
}

/**
 * The dashboard's own cards, parity card and table, in every language, as its element reads
 * them: from the views' head and answers, or from the feed and the model.
 */
function expectSameDashboard(feed: Feed, views: PublishedViews): void {
  for (const lang of ['fr', 'ar', 'en'] as const) {
    const view = (head: Feed, read: FeedReader) =>
      dashboardWidgetView(widgetContext(head, read, lang, 900, {}));
    expect(view(views.head, publishedReader(views))).toEqual(view(feed, modelReader(feed)));
  }
}

/** Every question an element asks of published views, with the part that must answer it. */
function questions(feed: Feed): { part: string; ask: (r: FeedReader) => unknown }[] {
  const options: ComputeOptions = { filter: {} };
  const base = (ask: (r: FeedReader) => unknown) => ({ part: BASE_PART, ask });
  return [
    ...feed.indicators.flatMap((i) => [
      base((r) => r.progress(i.id, options)),
      base((r) => r.series(i.id, options)),
    ]),
    base((r) => r.parity(options)),
    base((r) => r.stale(options)),
    base((r) => r.fundPipeline(options)),
    ...feed.indicators.map((i) => ({
      part: TABLE_PART,
      ask: (r: FeedReader) => r.observations(i.id, options),
    })),
    ...FOOTFALL_BY.map((by) => ({
      part: footfallPart(by, false),
      ask: (r: FeedReader) => r.footfall(options, by, false),
    })),
    ...(['commune', 'none'] as const).map((by) => ({
      part: footfallPart(by, true),
      ask: (r: FeedReader) => r.footfall(options, by, true),
    })),
  ];
}

/**
 * Each part answers what its elements ask exactly as the whole views do, and anything else
 * either the same or `Unpublished` (never another figure); each passes the page's check.
 */
function expectPartsAnswerAsWhole(feed: Feed, views: PublishedViews): void {
  const whole = publishedReader(views);
  const parts = Object.fromEntries(
    Object.entries(viewsParts(views)).map(([name, part]) => [
      name,
      publishedReader(roundTrip(part)),
    ]),
  );
  for (const { part, ask } of questions(feed)) {
    const answer = JSON.parse(JSON.stringify(ask(whole))) as unknown;
    expect(parts[part], part).toBeDefined();
    expect(ask(parts[part] as FeedReader)).toStrictEqual(answer);
    for (const read of Object.values(parts)) {
      try {
        expect(ask(read)).toStrictEqual(answer);
      } catch (error) {
        expect(error).toBeInstanceOf(Unpublished);
      }
    }
  }
}

describe('published views', () => {
  it('answer as the model does, for random feeds', () => {
    fc.assert(
      fc.property(feedArb, (feed) => {
        const views = roundTrip(publishViews(feed, HASH));
        expectSameAnswers(feed, views);
        expectSameDashboard(feed, views);
      }),
      { numRuns: 60 },
    );
  });

  it.each(primDates())('answer as the model does, for the PRIM feed as of %s', (asOf) => {
    const feed = { ...PRIM, asOf };
    const views = roundTrip(publishViews(feed, HASH));
    expectSameAnswers(feed, views);
    expectSameDashboard(feed, views);
  });

  it('in parts answer as the whole views do, for random feeds', () => {
    fc.assert(
      fc.property(feedArb, (feed) => expectPartsAnswerAsWhole(feed, publishViews(feed, HASH))),
      { numRuns: 30 },
    );
  });

  it('in parts answer as the whole views do, for the PRIM feed', () => {
    expectPartsAnswerAsWhole(PRIM, publishViews(PRIM, HASH));
  });

  it('are published whole and in parts, each with the feed’s hash and head', () => {
    const views = publishViews(PRIM, HASH);
    const files = publishedViewsFiles('prim.feed.json', views);
    expect(Object.keys(files)).toEqual([
      'prim.views.json',
      'prim.views.base.json',
      'prim.views.table.json',
      'prim.views.footfall-commune.json',
      'prim.views.footfall-commune-multiples.json',
      'prim.views.footfall-profile.json',
      'prim.views.footfall-sex.json',
      'prim.views.footfall-none.json',
      'prim.views.footfall-none-multiples.json',
    ]);
    expect(JSON.parse(files['prim.views.json'] ?? '')).toStrictEqual(
      JSON.parse(JSON.stringify(views)),
    );
    for (const text of Object.values(files)) {
      const part = roundTrip(JSON.parse(text) as PublishedViews);
      expect(part.feedSha256).toBe(HASH);
      expect(part.head).toStrictEqual(roundTrip(views).head);
    }
    // An element downloads a third of the whole file or less.
    const size = (name: string) => (files[name] ?? '').length;
    expect(size('prim.views.footfall-none.json')).toBeLessThan(size('prim.views.json') / 3);
    expect(size('prim.views.base.json')).toBeLessThan(size('prim.views.json') / 3);
  });

  it('refuse another date, a filter and an unpublished layout', () => {
    const views = roundTrip(publishViews(PRIM, HASH));
    const read = publishedReader(views);
    expect(() => read.progress('fund-completion', { asOf: '2022-12-31', filter: {} })).toThrow(
      Unpublished,
    );
    expect(() => read.parity({ filter: { region: 'oriental' } })).toThrow(Unpublished);
    expect(() => read.footfall({ filter: {} }, 'profile', true)).toThrow(Unpublished);
    expect(() => read.observations('participants', { filter: { commune: 'tiznit' } })).toThrow(
      Unpublished,
    );
    expect(() => read.observations('participants', { asOf: '2022-12-31', filter: {} })).toThrow(
      Unpublished,
    );
    // An id that is not an indicator, even one every object has.
    expect(() => read.series('constructor', { filter: {} })).toThrow(Unpublished);
    expect(() => read.observations('constructor', { filter: {} })).toThrow(Unpublished);
  });

  it('without tables (published before them) send a table of observations to the model', () => {
    const views = Object.entries(publishViews(PRIM, HASH)).filter(([k]) => k !== 'observations');
    const read = publishedReader(roundTrip(Object.fromEntries(views) as PublishedViews));
    expect(() => read.observations('participants', { filter: {} })).toThrow(Unpublished);
    // Its charts still draw from them.
    expect(read.parity({ filter: {} })).toEqual(modelReader(PRIM).parity({ filter: {} }));
  });

  it('list each table without notes, which no table shows', () => {
    const views = publishViews(PRIM, HASH);
    const rows = Object.values(views.observations ?? {}).flat();
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.some((o) => 'note' in o || 'indicator' in o)).toBe(false);
  });

  it('carry the SHA-256 of the exact feed bytes, and the feed without observations', async () => {
    const published = await publishFeedBytes(new Uint8Array(FEED_BYTES));
    if (!published.ok) throw new Error('not published');
    const { createHash } = await import('node:crypto');
    expect(published.views.feedSha256).toBe(createHash('sha256').update(FEED_BYTES).digest('hex'));
    expect(published.views.asOf).toBe(PRIM.asOf);
    expect(published.views.head.observations).toEqual([]);
    expect(published.views.head.indicators).toEqual(PRIM.indicators);
    expect(Object.keys(published.views.footfall)).toContain(footfallKey('commune', true));
  });

  it('are not published for an invalid feed', async () => {
    const bytes = new TextEncoder().encode('{"schema":"prim-feed/1"}');
    const published = await publishFeedBytes(bytes);
    expect(published.ok).toBe(false);
  });
});

describe('the structural check of a sidecar', () => {
  const good = JSON.parse(JSON.stringify(publishViews(PRIM, HASH))) as Record<string, unknown>;

  it('accepts published views', () => {
    expect(typeof checkPublishedViews(good)).toBe('object');
  });

  it.each([
    ['not an object', [], 'not a JSON object'],
    ['another format', { ...good, format: 'prim-views/2' }, 'format is "prim-views/2"'],
    ['no hash', { ...good, feedSha256: 'abc' }, 'feedSha256'],
    ['an as-of that is not the head’s', { ...good, asOf: '2020-01-01' }, 'asOf'],
    ['no head', { ...good, head: null }, 'head is not an object'],
    [
      'indicators not a list',
      { ...good, head: { ...(good.head as object), indicators: {} } },
      'head.indicators',
    ],
    ['no footfall', { ...good, footfall: [] }, 'footfall is not an object'],
    ['no parity', { ...good, parity: {} }, 'parity is not an array'],
    ['tables not by indicator', { ...good, observations: [] }, 'observations is not an object'],
  ])('says why it refuses %s', (_what, json, reason) => {
    expect(checkPublishedViews(json)).toContain(reason);
  });
});
