import type { SvgNode } from '../charts/marks/node.js';
import { escapeXml } from './escape-xml.js';

/**
 * A mark tree as SVG markup, every text and attribute value escaped. Elements that hold
 * only elements get one per line; a <text> and anything holding text is written on one
 * line, since whitespace inside it would be part of the text (a space before a <tspan>).
 */
export function toXml(node: SvgNode, indent = ''): string {
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const open = `${indent}<${node.tag}${attrs}`;
  if (node.children.length === 0) return `${open}/>`;
  if (node.tag === 'text' || node.children.some((c) => typeof c === 'string')) {
    return `${open}>${node.children.map((c) => (typeof c === 'string' ? escapeXml(c) : toXml(c))).join('')}</${node.tag}>`;
  }
  const inner = node.children.map((c) => toXml(c as SvgNode, `${indent}  `)).join('\n');
  return `${open}>\n${inner}\n${indent}</${node.tag}>`;
}
