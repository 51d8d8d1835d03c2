import type { ComputeOptions, Feed, Flag } from '@prim/indicators';
import {
  flagFormat,
  flagPhrases,
  flagSentence,
  formatterFor,
  localeFor,
} from '@prim/indicators/present';
import type { OutputLang } from './labels.js';

/** A flag's two cells in the text report: what kind of flag, and what it says. */
export type FlagCells = readonly [code: string, message: string];

/**
 * How the text report says each flag. French gets the code's name and the sentence the
 * dashboard shows (the same module writes both); English keeps the stable code and the
 * model's own message, which is English already and names its sources.
 */
export function flagSayer(
  feed: Feed,
  options: ComputeOptions,
  lang: OutputLang,
): (flag: Flag) => FlagCells {
  if (lang === 'en') return (flag) => [flag.code, flag.message];
  const format = flagFormat(formatterFor(lang, localeFor(lang, undefined, feed)));
  const codes = flagPhrases(lang).codes;
  return (flag) => [codes[flag.code], flagSentence({ feed, options, lang, format }, flag)];
}
