import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { isLang, isTheme, type Theme } from './globals.js';
import type { WidgetArgs } from './widget-args.js';

/** The page around a story: its language (and direction) and a background for the theme. */
export interface StoryPage {
  readonly lang: 'fr' | 'ar' | 'en';
  readonly theme: Theme;
}

/** A story's args win over the toolbar's globals; French and light otherwise. */
export function pageOf(args: WidgetArgs, globals: Record<string, unknown>): StoryPage {
  const lang = [args.lang, globals['lang']].find(isLang) ?? 'fr';
  const theme = [args.theme, globals['theme']].find(isTheme) ?? 'light';
  return { lang, theme };
}

const BACKGROUNDS: Record<Theme, string> = {
  light: 'background:#ffffff;color:#1b1b1b',
  dark: 'background:#0f1115;color:#f1f1f1',
};

/**
 * Wraps every story in a page-like root: widgets read `lang` from their ancestors (as on
 * prim.ma, where the page says `lang="ar" dir="rtl"`), and a dark widget sits on a dark page.
 */
export const withStoryRoot: Decorator<WidgetArgs> = (story, { args, globals }) => {
  const { lang, theme } = pageOf(args, globals);
  return html`<div
    class="prim-story-root"
    lang=${lang}
    dir=${lang === 'ar' ? 'rtl' : 'ltr'}
    data-theme=${theme}
    style="${BACKGROUNDS[theme]};padding:1rem;min-height:100%;box-sizing:border-box"
  >
    ${story()}
  </div>`;
};
