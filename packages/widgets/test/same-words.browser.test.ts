/**
 * The widget element says a reading with the same words as the SSR SVG, the dashboard and
 * the CLI (apps/dashboard/test/same-words.test.ts holds the other surfaces, same table).
 */
import { parseFeed, type Feed } from '@prim/indicators';
import feedJson from '../../indicators/feeds/prim.feed.json';
import { afterEach, describe, expect, it } from 'vitest';
import '../src/define/prim-funnel.js';
import '../src/define/prim-indicator.js';
import '../src/define/prim-table.js';
import type { PrimIndicator } from '../src/elements/prim-indicator.js';
import { $$, cleanup, mount, textOf } from './mount.js';
import { SAME_WORDS, type SameWordsLang } from './same-words.js';

afterEach(cleanup);

const parsed = parseFeed(feedJson);
if (!parsed.ok) throw new Error('the built-in feed is invalid');
const feed: Feed = parsed.feed;

/** Text as a reader sees it: any run of white space (no-break ones too) as one space. */
const said = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const mounted = (tag: string, lang: SameWordsLang, attrs = '') =>
  mount(`<${tag} lang="${lang}" ${attrs}></${tag}>`, (e) => ((e as PrimIndicator).feed = feed));

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

describe.each(Object.keys(SAME_WORDS) as SameWordsLang[])('<prim-funnel> in %s', (lang) => {
  const w = SAME_WORDS[lang].funnel;

  it('names the call, its stages and budgets as the SSR SVG does', async () => {
    const el = await mounted('prim-funnel', lang);
    const call = $$(el, 'g.call').find(
      (g) => g.querySelector('.call-title title')?.textContent === w.call,
    );
    expect(call).toBeDefined();
    // Each stage's texts (label, value) side by side, as a reader sees them.
    const stages = [...(call?.querySelectorAll('g.stage') ?? [])].map((g) =>
      said([...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')),
    );
    expect(stages).toContain(said(w.selected));
    expect(said(call?.textContent)).toContain(said(w.budget));
  });
});

describe.each(Object.keys(SAME_WORDS) as SameWordsLang[])('<prim-table> in %s', (lang) => {
  const w = SAME_WORDS[lang].table;

  it('writes the period and the source title, marked with its language when not the reader’s', async () => {
    const el = await mounted('prim-table', lang, 'indicator="fund-selected"');
    const row = $$(el, 'tbody tr').find(
      (tr) => said(tr.firstElementChild?.textContent) === w.period,
    );
    expect(said(row?.lastElementChild?.textContent)).toBe(said(`${w.title} ${w.mark}`));
    expect(row?.querySelector('bdi')?.getAttribute('lang')).toBe('en');
  });
});
