import type { ViewState } from '../state/view-state.js';

/** Language, direction and theme belong to the whole page: Arabic turns it right-to-left. */
export function applyDocumentState(state: Pick<ViewState, 'lang' | 'theme'>, title?: string): void {
  const root = document.documentElement;
  root.lang = state.lang;
  root.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  root.dataset['theme'] = state.theme;
  if (title) document.title = title;
}
