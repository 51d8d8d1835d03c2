import { qualityFlags, type Flag } from '@prim/indicators';
import { describe, expect, it } from 'vitest';
import { flagSentence } from '../src/views/flag-text.js';
import { squash } from './expected.js';
import { viewContext } from './view-context.js';

const fr = viewContext({ lang: 'fr' });
const ar = viewContext({ lang: 'ar' });
const flags = qualityFlags(fr.feed);
const first = (code: Flag['code'], where: (f: Flag) => boolean = () => true) => {
  const flag = flags.find((f) => f.code === code && where(f));
  if (!flag) throw new Error(`the built-in feed has no ${code} flag`);
  return flag;
};

describe('quality flags in the reader’s language', () => {
  it('says every flag of the built-in feed in French and Arabic, without the English message', () => {
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      const french = flagSentence(fr, flag);
      const arabic = flagSentence(ar, flag);
      expect(french).not.toBe(flag.message);
      expect(french).not.toMatch(/\b(the|sources?:|participants without)\b/);
      expect(arabic).toMatch(/[\u0600-\u06FF]/);
      // The indicator is named as the feed names it in that language.
      const indicator = fr.feed.indicators.find((i) => i.id === flag.indicator);
      if (indicator) expect(french).toContain(fr.f.text(indicator.name));
    }
  });

  it('a missing sex breakdown says the number of women is unknown, with the participants', () => {
    const flag = first('missing-sex', (f) => f.activity === 'knowledge-fair-2022');
    expect(squash(flagSentence(fr, flag))).toContain(
      squash('4 août 2022 : 160 participants sans répartition par sexe'),
    );
    expect(flagSentence(fr, flag)).toContain('inconnu, pas nul');
  });

  it('conflicting fund totals list each figure with its place: 27 and 36 by region, then 60', () => {
    const flag = first('conflicting-sources', (f) => f.indicator === 'fund-completion');
    const text = squash(flagSentence(fr, flag));
    expect(text).toContain('ne concordent pas');
    expect(text).toMatch(
      /27 \(Souss-Massa[^)]*\).*36 \(Oriental[^)]*\).*60 \(ensemble du programme\)/,
    );
  });

  it('budgets in conflict keep their currency', () => {
    const flag = first('conflicting-sources', (f) => f.indicator === 'fund-budget');
    expect(flagSentence(fr, flag)).toMatch(/MAD|€/);
  });

  it('a period after the programme and a stale series say why, with dates in words', () => {
    const late = first('out-of-range-date', (f) => f.period?.startsWith('2024-12') ?? false);
    expect(flagSentence(fr, late)).toContain('commence après la fin du programme (31 août 2024)');
    const stale = first('stale', (f) => f.indicator === 'fund-applications');
    expect(squash(flagSentence(fr, stale))).toContain(
      squash('close 659 jours avant le 13 décembre 2024 (au-delà de 365 jours'),
    );
  });
});
