/** A ViewContext over the built-in feed, for testing views' text without a browser. */
import { formatFor } from '../src/format/format.js';
import { messagesFor } from '../src/i18n/catalogue.js';
import { DEFAULT_STATE, type ViewState } from '../src/state/view-state.js';
import { optionsOf, type ViewContext } from '../src/views/context.js';
import { builtinFeed } from './expected.js';

const feed = builtinFeed();

export function viewContext(changes: Partial<ViewState> = {}): ViewContext {
  const state: ViewState = { ...DEFAULT_STATE, ...changes };
  return {
    feed,
    state,
    m: messagesFor(state.lang),
    f: formatFor(state.lang, feed),
    options: optionsOf(state),
    href: () => '#',
  };
}
