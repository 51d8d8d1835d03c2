/**
 * The neutral form every mark returns: an SVG element as plain data (tag, attributes,
 * children). Marks stay pure functions of data, scales and direction; the browser turns a
 * tree into DOM (`draw.ts`) and the static renderer into markup (`ssr/to-xml.ts`), so both
 * draw exactly the same thing with no template engine in between.
 */
export type AttrValue = string | number | undefined;

export interface SvgNode {
  readonly tag: string;
  /** In document order; undefined values are left out (as Lit's `nothing`). */
  readonly attrs: Readonly<Record<string, AttrValue>>;
  /** Elements and text, in order. */
  readonly children: readonly Child[];
}

export type Child = SvgNode | string;

/** What a mark may be given as children: nested lists and gaps are flattened away. */
export type Children = ReadonlyArray<Child | Children | undefined | false>;

/** An SVG element: `h('rect', { x: 1 })`, `h('text', { x }, label, title(label))`. */
export function h(tag: string, attrs: SvgNode['attrs'] = {}, ...children: Children): SvgNode {
  const flat: Child[] = [];
  flatten(children, flat);
  return { tag, attrs, children: flat };
}

/**
 * Appends the elements and text of `children` to `out`, in order, without the gaps. A loop,
 * not `flat(Infinity)` and `filter`: a page of a hundred charts makes 20,000 nodes.
 */
function flatten(children: Children, out: Child[]): void {
  for (const c of children) {
    if (c === undefined || c === false) continue;
    if (typeof c === 'string' || !Array.isArray(c)) out.push(c as Child);
    else flatten(c as Children, out);
  }
}

/** A tooltip: the full text of a label shown shortened. */
export const title = (text: string): SvgNode => h('title', {}, text);
