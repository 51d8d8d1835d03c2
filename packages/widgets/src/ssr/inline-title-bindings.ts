import { isTemplate } from './template-result.js';
import type { TemplateResult } from 'lit';
import { escapeXml } from './escape-xml.js';

/**
 * @lit-labs/ssr cannot render an expression inside `<title>` (it parses templates as HTML,
 * where <title> is raw text), yet the charts use `<title>${label}</title>` for the full text
 * of shortened labels. Before rendering, this rewrites every such binding into the template's
 * static text, escaped, and recurses into nested templates and arrays. The browser path is
 * untouched: Lit renders those bindings there.
 */
export function inlineTitleBindings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inlineTitleBindings);
  if (!isTemplate(value)) return value;
  const strings: string[] = [value.strings[0] ?? ''];
  const values: unknown[] = [];
  value.values.forEach((v, i) => {
    const next = value.strings[i + 1] ?? '';
    const last = strings.length - 1;
    if (/<title>\s*$/.test(strings[last] ?? '') && /^\s*<\/title>/.test(next)) {
      if (typeof v === 'object' && v !== null) {
        throw new TypeError('only text can be rendered inside <title> in a static SVG');
      }
      strings[last] = `${strings[last]}${escapeXml(String(v ?? ''))}${next}`;
    } else {
      values.push(inlineTitleBindings(v));
      strings.push(next);
    }
  });
  if (values.length === value.values.length) {
    return { ...value, values } as TemplateResult;
  }
  // Lit only accepts template strings arrays (with `raw`); these are ours, values escaped.
  const tsa = Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
  return { ...value, strings: tsa, values } as TemplateResult;
}
