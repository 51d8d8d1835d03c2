import { toLang } from '@prim/indicators/present';
import type { Lang } from '@prim/indicators';

/**
 * The language of an element: its own `lang`, else the closest ancestor's (crossing shadow
 * roots, so a widget inside another widget follows it), else French.
 */
export function langOf(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang');
      if (lang) return toLang(lang) ?? 'fr';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'fr';
}
