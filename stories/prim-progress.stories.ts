import '@prim/widgets/define/prim-progress.js';
import type { Meta } from '@storybook/web-components-vite';
import type { WidgetArgs } from './support/widget-args.js';
import { stateStories, variant, widgetMeta, type WidgetStory } from './support/widget-stories.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/prim-progress',
  component: 'prim-progress',
  tags: ['autodocs'],
  ...widgetMeta('prim-progress'),
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

/** Two indicators chosen with the `indicators` attribute. */
export const Chosen: WidgetStory = variant(s.loaded, 'Two indicators, in this order.', {
  indicators: 'baom-coverage fund-completion',
});

/** One region only: Souss-Massa. */
export const SoussMassa: WidgetStory = variant(s.loaded, 'Filtered: Souss-Massa.', {
  region: 'souss-massa',
});

/** An id the feed does not have: the error names it. */
export const UnknownIndicator: WidgetStory = variant(s.fixture, 'Error: an unknown indicator id.', {
  indicators: 'fund-completion no-such-indicator',
});
