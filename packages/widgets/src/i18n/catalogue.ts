import type { Lang } from '@prim/indicators';
import { ar } from './messages-ar.js';
import { en } from './messages-en.js';
import { fr } from './messages-fr.js';
import type { Messages } from './messages.js';

const CATALOGUE: Readonly<Record<Lang, Messages>> = { fr, ar, en };

/** The UI strings of a language. */
export function messages(lang: Lang): Messages {
  return CATALOGUE[lang];
}
