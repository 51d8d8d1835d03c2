import type { Feed } from '@prim/indicators';

/** What an embed snippet is made of: absolute URLs, so it works pasted on any site. */
export interface EmbedChoice {
  readonly tag: string;
  /** Attributes in snippet order; empty values are left out. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly feedUrl: string;
  readonly scriptUrl: string;
  readonly embedPageUrl: string;
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

/** Script tag + element reading the feed from its URL. */
export function scriptSnippet(c: EmbedChoice): string {
  const attrs = attributesText([['src', c.feedUrl], ...c.attributes]);
  return `${scriptTag(c)}\n<${c.tag}${attrs}></${c.tag}>`;
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

/** For sites that forbid third-party scripts: the widget in an iframe. */
export function iframeSnippet(c: EmbedChoice, title: string): string {
  return `<iframe src="${escapeAttribute(embedUrl(c))}" title="${escapeAttribute(title)}" width="100%" height="480" loading="lazy" style="border:0;max-width:100%"></iframe>`;
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
