/**
 * Folding of the text officers type into registers, so that 'Aït Amira', 'AIT AMIRA' and
 * 'ait-amira' match, and Arabic-Indic digits (٠١٢…, ۰۱۲… in Persian form) read as 0-9.
 */

/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits → ASCII. */
export function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * A comparison key: Latin digits, lower case, no accents or Arabic diacritics, tatweel
 * and hamza forms unified, and any run of spaces, hyphens, underscores, dots or
 * apostrophes as one hyphen.
 */
export function foldKey(text: string): string {
  return latinDigits(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .toLowerCase()
    .replace(/[\s\-_.'’/()]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True for a character `String.prototype.trim` removes (the same set as /\s/). */
export const isTrimSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  (code >= 0x80 && /\s/.test(String.fromCharCode(code)));
