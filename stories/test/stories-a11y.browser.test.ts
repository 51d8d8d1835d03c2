import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Page,
  renderStory,
  settle,
  staysLoading,
  storiesOf,
  type StoryModule,
} from './render-story.js';

const modules = import.meta.glob<StoryModule>('../*.stories.ts', { eager: true });

/**
 * Six pages cover every pair of language × theme, language × width and theme × width: each
 * story is checked in French, Arabic (rtl) and English, light and dark, phone and desktop.
 */
const PAGES: readonly Page[] = [
  { lang: 'fr', theme: 'light', viewport: 'desktop' },
  { lang: 'fr', theme: 'dark', viewport: 'phone' },
  { lang: 'ar', theme: 'light', viewport: 'phone' },
  { lang: 'ar', theme: 'dark', viewport: 'desktop' },
  { lang: 'en', theme: 'light', viewport: 'phone' },
  { lang: 'en', theme: 'dark', viewport: 'desktop' },
];

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG 2.1 A/AA violations in a container (open shadow roots included). */
async function violations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: WCAG_21_AA } });
  return result.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

afterEach(() => document.body.replaceChildren());

it('finds the story modules', () => {
  expect(Object.keys(modules).length).toBeGreaterThan(0);
});

for (const [file, module] of Object.entries(modules)) {
  const meta = module.default;
  describe(meta.title ?? file, () => {
    for (const [name, story] of storiesOf(module)) {
      it(`${name} has no WCAG 2.1 A/AA violation in any language, theme or width`, async () => {
        const found: string[] = [];
        // A story that pins its language and theme is checked once per width.
        const pages = PAGES.filter(
          (p) =>
            (story.args?.lang === undefined || story.args.lang === p.lang) &&
            (story.args?.theme === undefined || story.args.theme === p.theme),
        );
        for (const page of pages.length > 0 ? pages : [PAGES[0]!]) {
          const container = renderStory(meta, story, page);
          await settle(container, staysLoading(meta, story));
          for (const v of await violations(container)) {
            found.push(`${page.lang}/${page.theme}/${page.viewport}: ${v}`);
          }
          container.remove();
        }
        expect(found).toEqual([]);
      });
    }
  });
}
