import { UsageError } from '../args.js';
import type { WorkbookLang } from './header-words.js';

/** `--lang fr|ar|en` of the workbook commands; French by default, as officers' templates. */
export function workbookLang(value: string | boolean | undefined, command: string): WorkbookLang {
  const lang = value ?? 'fr';
  if (lang === 'fr' || lang === 'ar' || lang === 'en') return lang;
  throw new UsageError(`--lang expects fr, ar or en, got ${JSON.stringify(lang)}`, command);
}
