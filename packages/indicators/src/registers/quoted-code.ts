/**
 * What a reject may say of a cell's content. Registers hold names, phone numbers and CIN
 * numbers, and an officer may type one into any column; a reject names the column and the
 * kind of problem, never what was typed. The one exception is a value of a closed list
 * (commune, profile, sex… codes) that matched nothing and has the shape of a code: lower
 * case ASCII words joined by hyphens, short, with no run of digits long enough to be a
 * phone or ID number. A capitalised word ("Fatima") is never shown: it may be a name.
 */
const CODE_SHAPE = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
const MAX_CODE = 24;

/** ` "text"` when `text` looks like a code and may be quoted in a reject, else ''. */
export function quotedCode(text: string): string {
  const t = text.trim();
  return t.length <= MAX_CODE && CODE_SHAPE.test(t) && !/\d{3}/.test(t) ? ` "${t}"` : '';
}
