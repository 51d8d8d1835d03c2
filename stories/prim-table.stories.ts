import '@prim/widgets/define/prim-indicator.js';
import '@prim/widgets/define/prim-table.js';
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderWidget } from './support/render-widget.js';
import type { WidgetArgs } from './support/widget-args.js';
import { stateStories, variant, widgetMeta, type WidgetStory } from './support/widget-stories.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/prim-table',
  component: 'prim-table',
  tags: ['autodocs'],
  ...widgetMeta('prim-table'),
  args: { indicator: 'fund-completion' },
};
export default meta;

const s = stateStories({
  // Footfall is where registers withhold small counts.
  suppressed: { indicator: 'baom-footfall' },
  synthetic: { indicator: 'baom-footfall' },
});

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

/** Participants by activity and sex, from the built-in feed. */
export const Participants: WidgetStory = variant(s.loaded, 'Participants by activity and sex.', {
  indicator: 'participants',
});

const indicatorCard = renderWidget('prim-indicator');
const table = renderWidget('prim-table');

/** `for`: the data behind another widget on the page, following it as it changes. */
export const LinkedToAWidget: WidgetStory = {
  ...variant(s.fixture, 'The table of a prim-indicator on the same page (`for`).', {}),
  render: (args, context) =>
    html`${indicatorCard({ ...args, id: 'funded-card' }, context)}
    ${table({ for: 'funded-card', lang: args.lang, theme: args.theme }, context)}`,
};

/** `for` naming no element on the page: the error says which attribute is wrong. */
export const LinkedToNothing: WidgetStory = variant(s.fixture, 'Error: `for` names no element.', {
  for: 'no-such-widget',
});
