import type { Lang } from '@prim/indicators';

/** The toolbar's choices; a story can pin them with its `lang` and `theme` args. */
export const LANGS = ['fr', 'ar', 'en'] as const satisfies readonly Lang[];
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Widths the widgets must work at: a 360 px phone and a desktop column. */
export const VIEWPORTS = {
  phone: { name: 'Phone (360 px)', styles: { width: '360px', height: '740px' }, type: 'mobile' },
  desktop: {
    name: 'Desktop (1280 px)',
    styles: { width: '1280px', height: '800px' },
    type: 'desktop',
  },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}

export function isTheme(value: unknown): value is Theme {
  return THEMES.includes(value as Theme);
}
