import { safeUrl } from '../output/safe-url.js';
import type { Feed, Source } from '../schema/types.js';
import type { Formatter } from './formatter.js';
import { directionOf, isolate, toLang } from './locale.js';

/**
 * A source's title as a reader of one language sees it: in the reader's language when the
 * document itself gives one (`titles`), otherwise as written, with its language.
 */
export interface SourceTitleView {
  readonly text: string;
  /** The title's language, when the feed says it (for the HTML `lang` attribute). */
  readonly lang?: string;
  /** '(anglais)': shown after a title in another language than the reader's. */
  readonly mark?: string;
}

/**
 * The title the document gives in the reader's language; else its title, marked with its
 * language when that is known and not the reader's. A feed that does not say a title's
 * language (older feeds) gets its title shown as it is.
 */
export function sourceTitle(
  source: Pick<Source, 'title' | 'lang' | 'titles'>,
  fmt: Formatter,
): SourceTitleView {
  const own = source.titles?.[fmt.lang];
  if (own) return { text: own, lang: fmt.lang };
  const lang = source.lang;
  if (lang === undefined) return { text: source.title };
  if (toLang(lang) === fmt.lang) return { text: source.title, lang };
  return { text: source.title, lang, mark: `(${fmt.language(lang)})` };
}

/**
 * A title as plain text (SVG lines, a cell listing several sources). In a line of the other direction the
 * title is isolated (FSI … PDI), so a Latin title in Arabic keeps its own order and its
 * parentheses do not jump to the other end.
 */
export function sourceTitleText(title: SourceTitleView, fmt: Formatter): string {
  const own = toLang(title.lang) ?? fmt.lang;
  const text =
    directionOf(fmt.lang) === 'rtl' || directionOf(own) === 'rtl'
      ? isolate(title.text)
      : title.text;
  return title.mark ? `${text} ${title.mark}` : text;
}

/**
 * The feed's sources for ids, in order, each document once: feeds often cite one document
 * under several ids (one per quoted figure), which would otherwise list its title four times.
 * Two sources are the same document when their titles and (safe) URLs are.
 */
export function uniqueSources(feed: Feed, ids: readonly string[]): Source[] {
  const seen = new Set<string>();
  const found: Source[] = [];
  for (const id of ids) {
    const source = feed.sources.find((s) => s.id === id);
    if (!source) continue;
    const key = `${source.title}\u0000${safeUrl(source.url) ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(source);
  }
  return found;
}

/** A source id's title for a reader; an id the feed does not list is shown as is. */
export function sourceTitleOf(feed: Feed, id: string, fmt: Formatter): SourceTitleView {
  const source = feed.sources.find((s) => s.id === id);
  return source ? sourceTitle(source, fmt) : { text: id };
}

/** Source titles for ids as one line of plain text, each title once: 'A; B (anglais)'. */
export function sourceTitles(feed: Feed, ids: readonly string[], fmt: Formatter): string {
  return [...new Set(ids.map((id) => sourceTitleText(sourceTitleOf(feed, id, fmt), fmt)))].join(
    '; ',
  );
}
