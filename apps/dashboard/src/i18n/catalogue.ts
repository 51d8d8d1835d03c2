import type { Lang } from '@prim/indicators';
import { ar } from './messages-ar.js';
import { en } from './messages-en.js';
import { fr } from './messages-fr.js';
import type { Messages } from './messages.js';

const CATALOGUE: Readonly<Record<Lang, Messages>> = { fr, ar, en };

export function messagesFor(lang: Lang): Messages {
  return CATALOGUE[lang];
}

export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  fr: 'Français',
  ar: 'العربية',
  en: 'English',
};
