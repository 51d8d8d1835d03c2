/**
 * The few XML reading steps the workbook readers share, on text already in memory: no
 * DTD, no external entity, only the five predefined entities and character references,
 * so a hostile workbook can name nothing outside itself.
 */

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

const codePoint = (n: number) =>
  n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';

/** XML character data → its text (entities and character references replaced). */
export function xmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (all, dec?: string, hex?: string, name?: string) =>
    dec !== undefined
      ? codePoint(Number(dec))
      : hex !== undefined
        ? codePoint(parseInt(hex, 16))
        : (NAMED[name ?? ''] ?? all),
  );
}

/** True for the character code after an element name: space, tab, CR, LF, '/' or '>'. */
export const endsName = (code: number): boolean =>
  code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

/** The attributes of the start tag `s[from, to)`, by name (prefix included), decoded. */
export function attributes(s: string, from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m !== null && m.index < to; m = re.exec(s))
    out.set(m[1] as string, xmlText(m[2] ?? m[3] ?? ''));
  return out;
}

/** Every start tag named `name` (any namespace prefix) in `s`, with its attributes. */
export function elements(s: string, name: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])`, 'g');
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const end = s.indexOf('>', m.index);
    if (end === -1) break;
    out.push(attributes(s, m.index + m[0].length, end));
  }
  return out;
}

/**
 * The text of a string item (`<si>` or `<is>`) in `s[from, to)`: its `<t>` elements
 * joined, rich-text runs included, phonetic guides (`<rPh>`) left out as a spreadsheet
 * shows the cell.
 */
export function runsText(s: string, from: number, to: number): string {
  let out = '';
  let p = from;
  for (;;) {
    const lt = s.indexOf('<', p);
    if (lt === -1 || lt >= to) return out;
    const gt = s.indexOf('>', lt);
    if (gt === -1 || gt >= to) return out;
    if (s.startsWith('rPh', lt + 1) && endsName(s.charCodeAt(lt + 4))) {
      const close = s.indexOf('</rPh>', gt);
      p = close === -1 || close >= to ? to : close + 6;
    } else if (s.charCodeAt(lt + 1) === 116 && endsName(s.charCodeAt(lt + 2))) {
      // <t>…</t>, <t xml:space="preserve">…</t> or an empty <t/>.
      if (s.charCodeAt(gt - 1) === 47) p = gt + 1;
      else {
        const close = s.indexOf('</t>', gt);
        if (close === -1 || close >= to) return out;
        out += xmlText(s.slice(gt + 1, close));
        p = close + 4;
      }
    } else p = gt + 1;
  }
}
