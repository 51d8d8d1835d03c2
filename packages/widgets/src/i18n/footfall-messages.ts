import type { Lang } from '@prim/indicators';
import { arFootfall } from './messages-ar.js';
import { enFootfall } from './messages-en.js';
import { frFootfall } from './messages-fr.js';

/** The strings of the footfall chart (`<prim-footfall>`, the SVG renderer). */
export interface FootfallMessages {
  readonly footfallTitle: string;
  readonly footfallBy: Readonly<Record<'commune' | 'profile' | 'sex', string>>;
  /** The title of small multiples: one chart per commune (not the same as 'by commune'). */
  readonly footfallMultiples: (title: string) => string;
  readonly footfallTotal: (value: string) => string;
  readonly summerShare: (share: string, years: string) => string;
  readonly summerRatio: (ratio: string) => string;
  readonly summerUnknown: string;
  readonly summerBand: string;
  readonly withheld: string;
}

const CATALOGUE: Readonly<Record<Lang, FootfallMessages>> = {
  fr: frFootfall,
  ar: arFootfall,
  en: enFootfall,
};

export function footfallMessages(lang: Lang): FootfallMessages {
  return CATALOGUE[lang];
}
