import '@prim/widgets/define/prim-footfall.js';
import type { Meta } from '@storybook/web-components-vite';
import type { WidgetArgs } from './support/widget-args.js';
import { stateStories, variant, widgetMeta, type WidgetStory } from './support/widget-stories.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/prim-footfall',
  component: 'prim-footfall',
  tags: ['autodocs'],
  ...widgetMeta('prim-footfall'),
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

/** Stacked by commune instead of beneficiary profile. */
export const ByCommune: WidgetStory = variant(s.loaded, 'Stacked by commune.', { by: 'commune' });

/** Stacked by sex. */
export const BySex: WidgetStory = variant(s.fixture, 'Stacked by sex.', { by: 'sex' });

/** One chart per commune, on a shared scale. */
export const SmallMultiples: WidgetStory = variant(s.loaded, 'One chart per commune.', {
  layout: 'small-multiples',
});

/** An unknown `by`: the error names the attribute. */
export const BadOption: WidgetStory = variant(s.fixture, 'Error: an unknown `by` value.', {
  by: 'colour',
});
