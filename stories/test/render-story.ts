import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { PENDING_FEED_URL } from '../support/feed-urls.js';
import { VIEWPORTS, type Theme, type ViewportName } from '../support/globals.js';
import { withStoryRoot } from '../support/story-root.js';
import type { WidgetArgs } from '../support/widget-args.js';

export type StoryModule = Record<string, unknown> & { default: Meta<WidgetArgs> };

/** The page a story is rendered in: the toolbar's language and theme, the viewport's width. */
export interface Page {
  readonly lang: 'fr' | 'ar' | 'en';
  readonly theme: Theme;
  readonly viewport: ViewportName;
}

/** The stories of a module: its named exports but Storybook's own. */
export function storiesOf(module: StoryModule): [string, StoryObj<WidgetArgs>][] {
  return Object.entries(module).filter(
    (entry): entry is [string, StoryObj<WidgetArgs>] =>
      entry[0] !== 'default' && entry[0] !== '__namedExportsOrder',
  );
}

/** The width a story pins with its `globals.viewport`, else the page's. */
function viewportOf(story: StoryObj<WidgetArgs>, page: Page): ViewportName {
  const pinned = (story.globals?.['viewport'] as { value?: string } | undefined)?.value;
  return pinned === 'phone' || pinned === 'desktop' ? pinned : page.viewport;
}

/**
 * Renders a story the way Storybook does (meta and story args, the story's render function,
 * the preview's page decorator) into a container as wide as the viewport.
 */
export function renderStory(
  meta: Meta<WidgetArgs>,
  story: StoryObj<WidgetArgs>,
  page: Page,
): HTMLElement {
  const args: WidgetArgs = { ...meta.args, ...story.args };
  const storyRender = story.render ?? meta.render;
  if (!storyRender) throw new Error('a story without a render function');
  const globals = { lang: page.lang, theme: page.theme };
  const context = { args, globals } as unknown as StoryContext<WidgetArgs>;
  const template = withStoryRoot(
    () => storyRender(args, context) as TemplateResult,
    context,
  ) as TemplateResult;
  const container = document.createElement('div');
  container.style.width = VIEWPORTS[viewportOf(story, page)].styles.width;
  document.body.append(container);
  render(template, container);
  return container;
}

/** True for a story whose feed never arrives: its loading state is what it shows. */
export function staysLoading(meta: Meta<WidgetArgs>, story: StoryObj<WidgetArgs>): boolean {
  const args = { ...meta.args, ...story.args };
  return args.feed === undefined && args.src === PENDING_FEED_URL;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The prim-* elements in a container, including those inside other widgets' shadow roots. */
function widgetsIn(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('prim-')) found.push(el);
    if (el.shadowRoot) found.push(...widgetsIn(el.shadowRoot));
  }
  return found;
}

/**
 * Waits until every widget has rendered its data (or its error) at its measured width: no
 * loading line left and no update pending. A story that stays loading only gets rendered.
 */
export async function settle(container: HTMLElement, loading: boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const widgets = widgetsIn(container);
    await Promise.all(
      widgets.map((w) => (w as { updateComplete?: Promise<unknown> }).updateComplete),
    );
    await frame();
    const busy = widgets.some(
      (w) =>
        (w as { isUpdatePending?: boolean }).isUpdatePending ||
        (!loading && w.shadowRoot?.querySelector('.loading') !== null),
    );
    if (!busy && widgets.length > 0 && i > 1) return;
  }
  throw new Error(`the story did not settle: ${container.textContent?.slice(0, 200) ?? ''}`);
}
