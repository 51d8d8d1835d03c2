import type { ParityStatus } from '../compute/results.js';
import type { Lang } from '../schema/types.js';
import { arParity } from './words-ar.js';
import { enParity } from './words-en.js';
import { frParity } from './words-fr.js';
import type { PluralForms } from './words.js';

/**
 * The words parity is said with, apart from the shared `Words`: an element that shows no
 * parity does not carry them in three languages.
 */
export interface ParityWords {
  readonly parityStatus: Readonly<Record<ParityStatus, string>>;
  readonly activities: PluralForms;
  /** '2 activités sur 3 à la parité': `meets` is counted with `activities`. */
  readonly parityHeadline: (meets: string, known: string) => string;
  /** '1 sans ventilation par sexe'. */
  readonly withoutSex: (count: string) => string;
}

const CATALOGUE: Readonly<Record<Lang, ParityWords>> = { fr: frParity, ar: arParity, en: enParity };

export function parityWordsFor(lang: Lang): ParityWords {
  return CATALOGUE[lang];
}
