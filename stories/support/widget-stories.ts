import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MISSING_FEED_URL, PENDING_FEED_URL, PRIM_FEED_URL } from './feed-urls.js';
import {
  brokenFeed,
  feedWithBadObservation,
  fixtureFeed,
  hostileFeed,
  suppressedFeed,
  syntheticFeed,
} from './fixtures.js';
import { LANGS, THEMES } from './globals.js';
import { holdPendingFeed } from './pending-fetch.js';
import { renderWidget } from './render-widget.js';
import type { WidgetArgs } from './widget-args.js';

export type WidgetStory = StoryObj<WidgetArgs>;

/** The states every widget is shown in; each becomes a story in every element's file. */
export type State =
  | 'loaded'
  | 'fixture'
  | 'loading'
  | 'badUrl'
  | 'invalidFeed'
  | 'partialFeed'
  | 'empty'
  | 'synthetic'
  | 'midTerm'
  | 'suppressed'
  | 'hostile'
  | 'arabicDarkPhone'
  | 'englishDesktop';

/** Mid-term evaluation date: 'as of' in the past, when most series were young or stale. */
export const MID_TERM = '2022-12-31';

/** A story with its one-line description for the docs page. */
function story(description: string, args: WidgetArgs, extra: WidgetStory = {}): WidgetStory {
  return { ...extra, args, parameters: { docs: { description: { story: description } } } };
}

const PHONE = { viewport: { value: 'phone', isRotated: false } };
const DESKTOP = { viewport: { value: 'desktop', isRotated: false } };

const STATES: Record<State, WidgetStory> = {
  loaded: story('Loaded from the built-in PRIM feed, by URL.', { src: PRIM_FEED_URL }),
  fixture: story('Loaded from a small fixture feed (the `feed` property).', {
    feed: fixtureFeed(),
  }),
  loading: story('Loading: the feed download never ends.', { src: PENDING_FEED_URL }),
  badUrl: story('Error: nothing at the `src` URL.', { src: MISSING_FEED_URL }),
  invalidFeed: story('Error: a feed that does not validate.', { feed: brokenFeed() }),
  partialFeed: story('A JSON-path error in one observation; the rest of the feed shows.', {
    feed: feedWithBadObservation(),
  }),
  // No fund, coverage or parity data in this commune: filters that match nothing.
  empty: story('Empty: the filters match nothing.', { feed: fixtureFeed(), commune: 'oujda' }),
  synthetic: story('Synthetic (demo) data: a notice says so.', { feed: syntheticFeed() }),
  midTerm: story(
    `As of ${MID_TERM} (the mid-term evaluation); a series with no recent observation says it is stale.`,
    {
      src: PRIM_FEED_URL,
      'as-of': MID_TERM,
    },
  ),
  suppressed: story('Small counts withheld (suppressed cells), never read as zero.', {
    feed: suppressedFeed(),
  }),
  hostile: story('Markup in every name and title: shown as text.', { feed: hostileFeed() }),
  arabicDarkPhone: story(
    'Arabic (right to left), dark theme, 360 px phone.',
    { src: PRIM_FEED_URL, lang: 'ar', theme: 'dark' },
    { globals: PHONE },
  ),
  englishDesktop: story(
    'English, light theme, desktop width.',
    { src: PRIM_FEED_URL, lang: 'en', theme: 'light' },
    { globals: DESKTOP },
  ),
};

/**
 * Every state's story for one element; `overrides` adds the element's own args to a state
 * (which indicator shows synthetic data, which filter leaves it empty…).
 */
export function stateStories(
  overrides: Partial<Record<State, WidgetArgs>> = {},
): Record<State, WidgetStory> {
  const entries = Object.entries(STATES).map(([state, base]) => [
    state,
    { ...base, args: { ...base.args, ...overrides[state as State] } },
  ]);
  return Object.fromEntries(entries) as Record<State, WidgetStory>;
}

/**
 * The parts of an element's default export that are the same for every element. Title,
 * component and tags stay literal in each file: Storybook's indexer reads them statically.
 */
export function widgetMeta(tag: string): Meta<WidgetArgs> {
  holdPendingFeed();
  return {
    render: renderWidget(tag),
    argTypes: {
      lang: {
        control: 'inline-radio',
        options: [undefined, ...LANGS],
        description: 'Pins the language (else the toolbar’s).',
      },
      theme: {
        control: 'inline-radio',
        options: [undefined, ...THEMES],
        description: 'Pins the theme (else the toolbar’s).',
      },
      feed: { control: 'object' },
    },
  };
}

/** Another story of a state with a few args changed (another indicator, another filter). */
export function variant(base: WidgetStory, description: string, args: WidgetArgs): WidgetStory {
  return story(description, { ...base.args, ...args }, { globals: base.globals ?? {} });
}
