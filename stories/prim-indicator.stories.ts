import '@prim/widgets/define/prim-indicator.js';
import type { Meta } from '@storybook/web-components-vite';
import type { WidgetArgs } from './support/widget-args.js';
import { stateStories, variant, widgetMeta, type WidgetStory } from './support/widget-stories.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/prim-indicator',
  component: 'prim-indicator',
  tags: ['autodocs'],
  ...widgetMeta('prim-indicator'),
  args: { indicator: 'fund-completion' },
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

/** A stock (communes with a BAOM) rather than a cumulative count. */
export const Coverage: WidgetStory = variant(s.loaded, 'BAOM coverage', {
  indicator: 'baom-coverage',
});

/** The synthetic series of the built-in feed: BAOM footfall in one commune. */
export const Footfall: WidgetStory = variant(s.loaded, 'BAOM footfall (synthetic)', {
  indicator: 'baom-footfall',
});

/** One region only: Oriental's funded projects. */
export const Oriental: WidgetStory = variant(s.loaded, 'Filtered: Oriental', {
  region: 'oriental',
});
