import { applyDocumentState } from '../app/document-state.js';
import { builtinFeedUrl } from '../feed/feed-source.js';
import './widgets.js';
import { reportFrameHeight } from './frame-height.js';
import { attributesOf, widgetSpec } from './widget-catalog.js';

/**
 * embed.html?widget=prim-progress&lang=ar&…: one widget alone on a page, for sites that
 * only allow iframes. Only known widgets and their own attributes are read from the query.
 */
const params = new URLSearchParams(location.search);
const spec = widgetSpec(params.get('widget'));
const lang = (['fr', 'ar', 'en'] as const).find((l) => l === params.get('lang')) ?? 'fr';
applyDocumentState({ lang, theme: params.get('theme') === 'dark' ? 'dark' : 'light' });
const root = document.getElementById('widget');
if (root && spec) {
  const element = document.createElement(spec.tag);
  const src = params.get('src');
  // Feeds are read over http(s) only; anything else falls back to the built-in feed.
  element.setAttribute(
    'src',
    src && /^https?:/.test(new URL(src, location.href).protocol) ? src : builtinFeedUrl(),
  );
  for (const name of attributesOf(spec)) {
    const value = params.get(name);
    if (value) element.setAttribute(name, value);
  }
  root.replaceChildren(element);
} else if (root) {
  root.textContent = `Unknown widget: ${params.get('widget') ?? '(none)'}`;
}
reportFrameHeight();
