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
  const flat = (children as unknown[]).flat(Infinity) as Array<Child | undefined | false>;
  return { tag, attrs, children: flat.filter((c): c is Child => c !== undefined && c !== false) };
}

/** A tooltip: the full text of a label shown shortened. */
export const title = (text: string): SvgNode => h('title', {}, text);
