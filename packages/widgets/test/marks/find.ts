import type { Child, SvgNode } from '../../src/charts/marks/node.js';

/** Every element of a mark tree (the root included) with this tag, in document order. */
export function findAll(node: Child, tag: string): SvgNode[] {
  if (typeof node === 'string') return [];
  return [...(node.tag === tag ? [node] : []), ...node.children.flatMap((c) => findAll(c, tag))];
}

/** The text a reader sees in a mark: tooltips (<title>) left out. */
export function textOf(node: Child): string {
  if (typeof node === 'string') return node;
  return node.tag === 'title' ? '' : node.children.map(textOf).join('');
}

/** An attribute as a number. */
export const num = (node: SvgNode | undefined, name: string): number => Number(node?.attrs[name]);
