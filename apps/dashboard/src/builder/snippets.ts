import type { Feed } from '@prim/indicators';
import { RESIZER_SCRIPT } from '../embed/frame-height.js';
import { shortName } from '../embed/widget-catalog.js';

/** The forms of snippet the builder offers. */
export type SnippetVariant = 'script' | 'inline' | 'iframe' | 'shortcode' | 'block';

/** What an embed snippet is made of: absolute URLs, so it works pasted on any site. */
export interface EmbedChoice {
  readonly tag: string;
  /** Attributes in snippet order; empty values are left out. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly feedUrl: string;
  readonly scriptUrl: string;
  readonly embedPageUrl: string;
  /** What the element downloads first (`firstDownloads`): preloaded by the script snippet. */
  readonly preload?: readonly string[];
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** JSON inside <script> must not close the element nor open a comment. */
export const escapeScriptJson = (json: string) =>
  json.replace(/<\//g, '<\\/').replace(/<!--/g, '<\\!--');

const attributesText = (attributes: EmbedChoice['attributes']) =>
  attributes
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');

const scriptTag = (c: EmbedChoice) =>
  `<script type="module" src="${escapeAttribute(c.scriptUrl)}"></script>`;

/**
 * Hints that start downloading the feed and its views with the page, as the element will
 * ask for them (`crossorigin`: a CORS request without cookies, as its `fetch`), so that the
 * browser hands the element these responses instead of asking again.
 */
export const preloadLinks = (urls: readonly string[]): string =>
  urls
    .map((url) => `<link rel="preload" href="${escapeAttribute(url)}" as="fetch" crossorigin>\n`)
    .join('');

/** Preload hints, script tag and the element reading the feed from its URL. */
export function scriptSnippet(c: EmbedChoice): string {
  const attrs = attributesText([['src', c.feedUrl], ...c.attributes]);
  return `${preloadLinks(c.preload ?? [])}${scriptTag(c)}\n<${c.tag}${attrs}></${c.tag}>`;
}

/** Script tag + element carrying its data: no request for the feed, works offline. */
export function inlineSnippet(c: EmbedChoice, feed: Feed): string {
  const json = escapeScriptJson(JSON.stringify(feed));
  return `${scriptTag(c)}\n<${c.tag}${attributesText(c.attributes)}>\n  <script type="application/json">${json}</script>\n</${c.tag}>`;
}

/** The embed.html address that shows just this widget (for the iframe variant). */
export function embedUrl(c: EmbedChoice): string {
  const url = new URL(c.embedPageUrl);
  url.searchParams.set('widget', c.tag);
  url.searchParams.set('src', c.feedUrl);
  for (const [k, v] of c.attributes) if (v !== '') url.searchParams.set(k, v);
  return url.href;
}

/**
 * For sites that forbid third-party scripts: the widget in an iframe, as wide as the column,
 * and the few lines that give it the height embed.html reports (600 px until then).
 */
export function iframeSnippet(c: EmbedChoice, title: string): string {
  return `<iframe src="${escapeAttribute(embedUrl(c))}" title="${escapeAttribute(title)}" loading="lazy" style="display:block;width:100%;max-width:100%;height:600px;border:0"></iframe>\n<script>\n${RESIZER_SCRIPT}\n</script>`;
}

/**
 * The WordPress plugin's attributes: the short widget name and `indicator` for both
 * `indicator` and `indicators`. The feed is the plugin's own (or its settings' one).
 */
function wordpressAttributes(c: EmbedChoice): Array<[string, string]> {
  return [
    ['widget', shortName(c.tag)],
    ...c.attributes
      .filter(([, v]) => v !== '')
      .map(([k, v]): [string, string] => [k === 'indicators' ? 'indicator' : k, v]),
  ];
}

/** `[prim widget="indicator" …]`: survives every role's content filtering. */
export function shortcodeSnippet(c: EmbedChoice): string {
  // A quote or a bracket would end the attribute or the shortcode: written as entities.
  const value = (v: string) =>
    v
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/\[/g, '&#91;')
      .replace(/\]/g, '&#93;');
  return `[prim${wordpressAttributes(c)
    .map(([k, v]) => ` ${k}="${value(v)}"`)
    .join('')}]`;
}

/** The block as the block editor saves it (`asOf` in camelCase), for its code editor. */
export function blockSnippet(c: EmbedChoice): string {
  const attributes = Object.fromEntries(
    wordpressAttributes(c).map(([k, v]) => [k === 'as-of' ? 'asOf' : k, v]),
  );
  // As WordPress serialises block comments: nothing that could end the comment or a tag.
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  return `<!-- wp:prim/widget ${json} /-->`;
}

/**
 * The part of a feed a widget needs, for the inline variant: only the given indicators'
 * definitions and observations, and the sources they cite. Dimensions and activities stay
 * (they are small and observations refer to them).
 */
export function trimFeed(feed: Feed, indicators: readonly string[]): Feed {
  const keep = new Set(indicators);
  const kept = feed.indicators.filter((i) => keep.has(i.id));
  const observations = feed.observations.filter((o) => keep.has(o.indicator));
  const cited = new Set<string>();
  for (const o of observations) cited.add(o.source);
  for (const i of kept) {
    for (const p of [i.baseline, i.target, ...(i.milestones ?? [])])
      if (p?.source) cited.add(p.source);
  }
  for (const a of feed.activities ?? []) if (a.source) cited.add(a.source);
  return {
    ...feed,
    indicators: kept,
    observations,
    sources: feed.sources.filter((s) => cited.has(s.id)),
  };
}
