import type { Status } from '../compute/results.js';
import type { Lang } from '../schema/types.js';
import { arStatus } from './words-ar.js';
import { enStatus } from './words-en.js';
import { frStatus } from './words-fr.js';

/**
 * How each status of an indicator against its target is said, apart from the shared
 * `Words`: an element that shows no status (footfall, parity, the funnel, a table) does not
 * carry them in three languages.
 */
export type StatusWords = Readonly<Record<Status, string>>;

const CATALOGUE: Readonly<Record<Lang, StatusWords>> = { fr: frStatus, ar: arStatus, en: enStatus };

export function statusWordsFor(lang: Lang): StatusWords {
  return CATALOGUE[lang];
}
