/**
 * The same reading says the same thing on every surface: the SSR SVG, the dashboard's
 * cards and the CLI report (the widget element: packages/widgets/test/same-words.browser.test.ts).
 */
import { computeIndicators, type Feed } from '@prim/indicators';
import { renderWidgetSvg } from '@prim/widgets/ssr';
import { nothing, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { footfallCard, fundCard } from '../src/views/headlines.js';
import { sourcesView } from '../src/views/sources.js';
import { builtinFeed } from './expected.js';
import { viewContext } from './view-context.js';
import { feedLookup } from '../../../packages/cli/src/format/feed-lookup.js';
import { formatReportText } from '../../../packages/cli/src/format/report-text.js';
import { renderLit } from '../../../packages/widgets/test/ssr/render-lit.js';
import { SAME_WORDS, type SameWordsLang } from '../../../packages/widgets/test/same-words.js';

const feed: Feed = builtinFeed();

/** Visible text, tags dropped and isolates removed, lower-cased so that labels compare. */
const visible = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

const cardText = (card: TemplateResult | typeof nothing) =>
  card === nothing ? '' : renderLit(card);

const LANGS = Object.keys(SAME_WORDS) as SameWordsLang[];

describe.each(LANGS)('the same words in %s', (lang) => {
  const w = SAME_WORDS[lang];

  it('in the SSR SVG', () => {
    const footfall = visible(
      renderWidgetSvg('indicator', feed, { lang, indicator: 'baom-footfall' }),
    );
    expect(footfall).toContain(w.footfall.value);
    expect(footfall).toContain(w.footfall.span.toLowerCase());
    const participants = visible(
      renderWidgetSvg('indicator', feed, { lang, indicator: 'participants' }),
    );
    expect(participants).toContain(w.participants.value);
    expect(participants).toContain(w.participants.span.toLowerCase());
    const fund = visible(
      renderWidgetSvg('indicator', feed, { lang, indicator: 'fund-completion' }),
    );
    expect(fund).toContain(w.fundStatus);
  });

  it('in the SSR SVG of the funnel', () => {
    const funnel = visible(renderWidgetSvg('funnel', feed, { lang }));
    expect(funnel).toContain(w.funnel.call.toLowerCase());
    expect(funnel).toContain(visible(w.funnel.selected));
    expect(funnel).toContain(visible(w.funnel.budget));
  });

  it('for a source title, on the dashboard’s sources page and in the SSR sources line', () => {
    const title = visible(`${w.table.title} ${w.table.mark}`).trim();
    expect(visible(renderLit(sourcesView(viewContext({ lang }))))).toContain(title);
    const svg = visible(renderWidgetSvg('funnel', feed, { lang, width: 2000 }));
    expect(svg).toContain(title);
  });

  it('on the dashboard cards', () => {
    const ctx = viewContext({ lang });
    const footfall = visible(cardText(footfallCard(ctx)));
    expect(footfall).toContain(w.footfall.value);
    expect(footfall).toContain(w.footfall.span.toLowerCase());
    expect(visible(cardText(fundCard(ctx)))).toContain(w.fundStatus);
  });
});

// The CLI writes French and English (terminals rarely shape Arabic).
describe.each(['fr', 'en'] as const)('the same words in the CLI report, %s', (lang) => {
  const w = SAME_WORDS[lang];

  it('names the value, the span of a sum and the status as the other surfaces do', () => {
    const text = formatReportText(computeIndicators(feed), {
      lang,
      locale: feed.locales?.[lang],
      lookup: feedLookup(feed, lang),
    });
    const row = (id: string) => text.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
    expect(row('baom-footfall')).toContain(`${w.footfall.value}  ${w.footfall.span}`);
    expect(row('participants')).toContain(`${w.participants.value}  ${w.participants.span}`);
    expect(row('fund-completion')).toContain(w.fundStatus);
  });
});
