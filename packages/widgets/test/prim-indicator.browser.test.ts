import { afterEach, describe, expect, it } from 'vitest';
import '../src/define/prim-indicator.js';
import type { PrimIndicator } from '../src/elements/prim-indicator.js';
import { buildFeed } from './fixtures.js';
import { $, $$, axeViolations, cleanup, mount, textOf } from './mount.js';

afterEach(cleanup);

describe('prim-indicator', () => {
  it('shows the value, target, status and period in French', async () => {
    const el = await mount<PrimIndicator>(
      '<prim-indicator indicator="fund-completion"></prim-indicator>',
      (e) => {
        e.feed = buildFeed();
      },
    );
    const text = textOf(el);
    console.log(text);
    expect(text).toContain('Projets financés');
    expect($(el, '[part="value"]')?.textContent?.trim()).toBe('63');
    expect(await axeViolations(el)).toEqual([]);
  });
});
