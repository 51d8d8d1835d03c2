/**
 * The widget element says a reading with the same words as the SSR SVG, the dashboard and
 * the CLI (apps/dashboard/test/same-words.test.ts holds the other surfaces, same table).
 */
import { parseFeed, type Feed } from '@prim/indicators';
import feedJson from '../../indicators/feeds/prim.feed.json';
import { afterEach, describe, expect, it } from 'vitest';
import '../src/define/prim-indicator.js';
import type { PrimIndicator } from '../src/elements/prim-indicator.js';
import { cleanup, mount, textOf } from './mount.js';
import { SAME_WORDS, type SameWordsLang } from './same-words.js';

afterEach(cleanup);

const parsed = parseFeed(feedJson);
if (!parsed.ok) throw new Error('the built-in feed is invalid');
const feed: Feed = parsed.feed;

const card = async (lang: SameWordsLang, indicator: string) => {
  const el = await mount<PrimIndicator>(
    `<prim-indicator lang="${lang}" indicator="${indicator}"></prim-indicator>`,
    (e) => (e.feed = feed),
  );
  return textOf(el)
    .replace(/[\u2066-\u2069]/g, '')
    .toLowerCase();
};

describe.each(Object.keys(SAME_WORDS) as SameWordsLang[])('<prim-indicator> in %s', (lang) => {
  const w = SAME_WORDS[lang];

  it('says the value, the span of a sum and the status as every other surface does', async () => {
    const footfall = await card(lang, 'baom-footfall');
    expect(footfall).toContain(w.footfall.value);
    expect(footfall).toContain(w.footfall.span.toLowerCase());
    const participants = await card(lang, 'participants');
    expect(participants).toContain(w.participants.value);
    expect(participants).toContain(w.participants.span.toLowerCase());
    expect(await card(lang, 'fund-completion')).toContain(w.fundStatus);
  });
});
