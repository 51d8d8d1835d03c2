/**
 * Widgets that take their language from the page re-render when the page's `lang` changes
 * (a site's language switcher): one MutationObserver on <html> for all of them.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onDocumentLangChange(listener: () => void): () => void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => {};
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
