import '@prim/widgets/define/prim-parity.js';
import type { Meta } from '@storybook/web-components-vite';
import { fixtureFeed } from './support/fixtures.js';
import type { WidgetArgs } from './support/widget-args.js';
import { stateStories, variant, widgetMeta, type WidgetStory } from './support/widget-stories.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/prim-parity',
  component: 'prim-parity',
  tags: ['autodocs'],
  ...widgetMeta('prim-parity'),
  args: {},
};
export default meta;

const s = stateStories();

export const Loaded: WidgetStory = s.loaded;
export const Fixture: WidgetStory = s.fixture;
export const Loading: WidgetStory = s.loading;
export const BadUrl: WidgetStory = s.badUrl;
export const InvalidFeed: WidgetStory = s.invalidFeed;
export const PartialFeed: WidgetStory = s.partialFeed;
export const Empty: WidgetStory = s.empty;
export const Synthetic: WidgetStory = s.synthetic;
export const MidTerm: WidgetStory = s.midTerm;
export const Suppressed: WidgetStory = s.suppressed;
export const Hostile: WidgetStory = s.hostile;
export const ArabicDarkPhone: WidgetStory = s.arabicDarkPhone;
export const EnglishDesktop: WidgetStory = s.englishDesktop;

/** One region only: the Oriental's trainings (37 % women, reported as a share). */
export const Oriental: WidgetStory = variant(s.loaded, 'Filtered: Oriental.', {
  region: 'oriental',
});

/** A stricter feed threshold is data, not code: the same activities against 60 %. */
export const Threshold60: WidgetStory = variant(
  s.fixture,
  'Parity threshold of 60 % from the feed.',
  {
    feed: { ...fixtureFeed(), thresholds: { parity: 0.6 } },
  },
);
