import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets style properties through the CSSOM (`element.style.setProperty`), never through a
 * `style` attribute. A strict CSP (`style-src` without 'unsafe-inline') blocks style
 * attributes, including the one Lit's styleMap writes on its first render, but allows the
 * CSSOM. Used as an element binding: `<span ${cssProps({ '--share': '40%' })}>`.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding');
  }

  render(_props: Readonly<Record<string, string | undefined>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | undefined>>]) {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) if (props[name] === undefined) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
