import axe from 'axe-core';
import { expect } from 'vitest';
import type { PrimElement } from '../src/base/prim-element.js';

/** Mounts an element from HTML into a fresh container and waits for it to settle. */
export async function mount<T extends PrimElement>(
  markup: string,
  setup?: (el: T) => void,
  width = 480,
): Promise<T> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const template = document.createElement('template');
  // Test markup is written by the test, never feed text.
  template.innerHTML = markup;
  const el = template.content.firstElementChild as T;
  setup?.(el);
  container.append(template.content);
  document.body.append(container);
  await settle(el);
  return el;
}

/** Waits until the element has loaded its data and re-rendered at its measured width. */
export async function settle(el: PrimElement): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await el.updateComplete;
    // Two frames: the ResizeObserver reports after layout, then the element re-renders.
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const text = el.shadowRoot?.textContent ?? '';
    if (!/Chargement|جارٍ التحميل|جارٍ تحميل|Loading/.test(text) && !el.isUpdatePending) return;
  }
}

/**
 * Opens the element's folded data table as a reader does (its summary), and waits for its
 * rows: they are built, and their code loaded, only when the table is open.
 */
export async function openTable(el: PrimElement): Promise<void> {
  const summary = el.shadowRoot?.querySelector<HTMLElement>('details > summary');
  expect(summary, 'a folded data table').toBeTruthy();
  summary?.click();
  await present(el.shadowRoot!, 'details table');
  await el.updateComplete;
}

/**
 * Resolves when `selector` matches in `root`: watched, not polled against a clock, as what it
 * waits for may first load code (slow on a busy machine); the test's timeout bounds it.
 */
function present(root: ShadowRoot, selector: string): Promise<Element> {
  return new Promise((resolve) => {
    const found = root.querySelector(selector);
    if (found) return resolve(found);
    const watch = new MutationObserver(() => {
      const match = root.querySelector(selector);
      if (!match) return;
      watch.disconnect();
      resolve(match);
    });
    watch.observe(root, { childList: true, subtree: true });
  });
}

/** The text a reader sees in the element's shadow root, spaces collapsed. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $(el: Element, selector: string): Element | null {
  return el.shadowRoot?.querySelector(selector) ?? null;
}

export function $$(el: Element, selector: string): Element[] {
  return [...(el.shadowRoot?.querySelectorAll(selector) ?? [])];
}

/** axe-core WCAG 2.1 A/AA violations inside the element (its shadow DOM included). */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    // Only violations are read: axe skips the details of passes and incomplete checks.
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export function cleanup(): void {
  document.body.replaceChildren();
}

/**
 * Words of the element's text (in `selector`, shadow DOM) that the layout broke across
 * lines, e.g. 'Don/nées': each word is measured with a Range, and a word drawn on more
 * than one line box is returned.
 */
export function brokenWords(el: Element, selector: string): string[] {
  const broken: string[] = [];
  for (const root of $$(el, selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s–—-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}
