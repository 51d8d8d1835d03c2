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
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: WCAG_21_AA },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

afterEach(() => document.body.replaceChildren());

it('finds the story modules', () => {
  expect(Object.keys(modules).length).toBeGreaterThan(0);
});

/** The pages a story is checked on: a story that pins its language or theme, once per width. */
function pagesFor(args: { lang?: unknown; theme?: unknown } | undefined): readonly Page[] {
  const pages = PAGES.filter(
    (p) =>
      (args?.lang === undefined || args.lang === p.lang) &&
      (args?.theme === undefined || args.theme === p.theme),
  );
  return pages.length > 0 ? pages : [PAGES[0]!];
}

// One test per story and page, not one per story: a test renders and checks one page, so
// its time stays a few seconds even for the heaviest story on a busy machine.
for (const [file, module] of Object.entries(modules)) {
  const meta = module.default;
  describe(meta.title ?? file, () => {
    for (const [name, story] of storiesOf(module)) {
      const pages = pagesFor({ ...meta.args, ...story.args });
      it.each(pages.map((page) => [`${page.lang}/${page.theme}/${page.viewport}`, page] as const))(
        `${name} has no WCAG 2.1 A/AA violation (%s)`,
        async (_, page) => {
          const container = renderStory(meta, story, page);
          await settle(container, staysLoading(meta, story));
          expect(await violations(container)).toEqual([]);
        },
      );
    }
  });
}
