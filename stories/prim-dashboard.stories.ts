import '@prim/widgets/define/prim-dashboard.js';
import type { Meta } from '@storybook/web-components-vite';
import type { WidgetArgs } from './support/widget-args.js';
import { stateStories, variant, widgetMeta, type WidgetStory } from './support/widget-stories.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/prim-dashboard',
  component: 'prim-dashboard',
  tags: ['autodocs'],
  ...widgetMeta('prim-dashboard'),
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

/** One region at a glance: its cards, parity, BAOM footfall and calls. */
export const SoussMassa: WidgetStory = variant(s.loaded, 'Filtered: Souss-Massa.', {
  region: 'souss-massa',
});

/** The Oriental in Arabic, as prim.ma's Arabic pages would embed it. */
export const OrientalArabic: WidgetStory = variant(s.loaded, 'Filtered: Oriental, in Arabic.', {
  region: 'oriental',
  lang: 'ar',
});
