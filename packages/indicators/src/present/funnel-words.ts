import type { Lang } from '../schema/types.js';
import { arFunnel } from './words-ar.js';
import { enFunnel } from './words-en.js';
import { frFunnel } from './words-fr.js';

/**
 * The words of the fund's funnel, apart from the shared `Words`: an element that draws no
 * funnel does not carry them in three languages.
 */
export interface FunnelWords {
  readonly funnelTitle: string;
  readonly stage: Readonly<Record<'applications' | 'selected' | 'funded', string>>;
  /** 'Budget : 1 107 000 MAD · 101 371 €'. */
  readonly budget: (amounts: string) => string;
}

const CATALOGUE: Readonly<Record<Lang, FunnelWords>> = { fr: frFunnel, ar: arFunnel, en: enFunnel };

export function funnelWordsFor(lang: Lang): FunnelWords {
  return CATALOGUE[lang];
}
