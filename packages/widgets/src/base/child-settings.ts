import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** What a composing element hands to each element inside it. */
export interface ChildSettings {
  readonly feed: unknown;
  /** Attributes to set; undefined removes one. */
  readonly attributes: Readonly<Record<string, string | undefined>>;
}

/**
 * Hands a feed object and a set of attributes to an element on every render, touching only
 * what changed, so that the element is kept (not re-created) and reloads only when its feed
 * or settings change.
 */
class ApplySettings extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('childSettings() goes on an element');
  }

  render(_settings: ChildSettings): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [settings]: [ChildSettings]): typeof noChange {
    const el = part.element as Element & { feed?: unknown };
    if (el.feed !== settings.feed) el.feed = settings.feed;
    for (const [name, value] of Object.entries(settings.attributes)) {
      if (value === undefined) el.removeAttribute(name);
      else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    }
    return noChange;
  }
}

export const childSettings = directive(ApplySettings);
