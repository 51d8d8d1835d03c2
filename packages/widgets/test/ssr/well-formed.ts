/**
 * A small XML well-formedness check, enough for the SVG we write: one root element, tags
 * nested and closed, attributes quoted and unique, `<` never raw in text, `&` only as an
 * entity. Returns the problems found (empty when well-formed) and the element names seen.
 */
const ENTITY = /^&(?:#\d+|#x[\da-f]+|amp|lt|gt|quot|apos);/i;
const NAME = '[A-Za-z_][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');

export function checkXml(text: string): { problems: string[]; elements: string[] } {
  const problems: string[] = [];
  const elements: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const checkText = (chunk: string, at: number) => {
    for (let j = chunk.indexOf('&'); j >= 0; j = chunk.indexOf('&', j + 1)) {
      if (!ENTITY.test(chunk.slice(j))) problems.push(`bad entity at ${at + j}`);
    }
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    checkText(chunk, i);
    if (stack.length === 0 && chunk.trim()) problems.push(`text outside the root at ${i}`);
    if (lt < 0) break;
    const m = TAG.exec(text.slice(lt));
    if (!m) {
      problems.push(`malformed markup at ${lt}: ${text.slice(lt, lt + 40)}`);
      break;
    }
    const [whole, close, name = '', attrs = '', selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}> at ${lt}`);
    } else {
      if (stack.length === 0) roots += 1;
      elements.push(name);
      const names = [...attrs.matchAll(ATTR)].map((a) => a[1]);
      if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}>`);
      for (const v of attrs.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g))
        checkText(v[1] ?? v[2] ?? '', lt);
      if (!selfClose) stack.push(name);
    }
    i = lt + whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return { problems, elements };
}
