import type { StoryContext } from '@storybook/web-components-vite';
import { pageOf } from './story-root.js';
import type { WidgetArgs } from './widget-args.js';

/** Args that are not attributes: the page decorator and the `feed` property use them. */
const NOT_ATTRIBUTES = new Set(['feed', 'lang', 'theme']);

/**
 * Renders any `prim-*` element from args: each string or number arg becomes an attribute
 * (so a story's args read like the embed snippet), `feed` is set as a property and the
 * theme comes from the toolbar unless the story pins it.
 */
export function renderWidget(tag: string) {
  return (args: WidgetArgs, { globals }: Pick<StoryContext, 'globals'>): HTMLElement => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(args)) {
      if (NOT_ATTRIBUTES.has(name)) continue;
      if (typeof value === 'string' || typeof value === 'number') {
        el.setAttribute(name, String(value));
      }
    }
    if (args.feed !== undefined) Object.assign(el, { feed: args.feed });
    el.setAttribute('theme', pageOf(args, globals).theme);
    return el;
  };
}
