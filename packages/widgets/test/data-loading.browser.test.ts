import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/define/prim-indicator.js';
import { clearFeedCache } from '../src/data/feed-cache.js';
import type { PrimIndicator } from '../src/elements/prim-indicator.js';
import { buildFeed, dataUrl } from './fixtures.js';
import { $, cleanup, mount, settle, textOf } from './mount.js';

afterEach(() => {
  cleanup();
  clearFeedCache();
  vi.restoreAllMocks();
});

const card = (attrs: string, inner = '', indicator = 'fund-completion') =>
  `<prim-indicator lang="fr" indicator="${indicator}" ${attrs}>${inner}</prim-indicator>`;

describe('where a widget gets its feed', () => {
  it('renders from the feed property', async () => {
    const el = await mount<PrimIndicator>(card(''), (e) => (e.feed = buildFeed()));
    expect($(el, '[part="value"]')?.textContent?.trim()).toBe('63');
  });

  it('renders from an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(buildFeed()).replace(/</g, '\\u003c');
    const el = await mount<PrimIndicator>(
      card('', `<script type="application/json">${json}</script>`),
    );
    expect($(el, '[part="value"]')?.textContent?.trim()).toBe('63');
  });

  it('renders from a src URL', async () => {
    const el = await mount<PrimIndicator>(card(`src="${dataUrl(buildFeed())}"`));
    expect($(el, '[part="value"]')?.textContent?.trim()).toBe('63');
  });

  it('fetches a src once for every widget on the page that uses it', async () => {
    const spy = vi.spyOn(window, 'fetch');
    const url = dataUrl(buildFeed());
    const a = await mount<PrimIndicator>(card(`src="${url}"`));
    const b = await mount<PrimIndicator>(card(`src="${url}"`, '', 'baom-coverage'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect($(a, '[part="value"]')?.textContent?.trim()).toBe('63');
    expect($(b, '[part="value"]')?.textContent?.trim()).toBe('15');
  });

  it('asks for its feed as it is put on the page, before its first update, and only then', async () => {
    const spy = vi.spyOn(window, 'fetch');
    const el = document.createElement('prim-indicator');
    el.setAttribute('indicator', 'fund-completion');
    el.setAttribute('src', dataUrl(buildFeed()));
    document.body.append(el);
    // Still in the task that put it there: its first update waits for a microtask.
    expect(el.hasUpdated).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1);
    await settle(el);
    expect(spy).toHaveBeenCalledTimes(1);
    expect($(el, '[part="value"]')?.textContent?.trim()).toBe('63');
  });
});

describe('error states', () => {
  it('names the HTTP status in an alert', async () => {
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('nope', { status: 404 }));
    const el = await mount<PrimIndicator>(card('src="/feeds/missing.json"'));
    const alert = $(el, '[role="alert"]');
    expect(alert?.textContent).toContain('HTTP 404');
    expect(alert?.textContent).toContain('/feeds/missing.json');
  });

  it('says when the network fails', async () => {
    vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const el = await mount<PrimIndicator>(card('src="https://example.invalid/feed.json"'));
    expect($(el, '[role="alert"]')?.textContent).toContain('inaccessible (réseau)');
  });

  it('says when the document is not JSON', async () => {
    const el = await mount<PrimIndicator>(card('src="data:text/plain,<html>oops"'));
    const alert = textOf(el);
    expect(alert).toContain('Le flux de données est invalide');
    expect(alert).toContain('not valid JSON');
  });

  it('gives the JSON path of a feed error', async () => {
    const bad = { ...buildFeed(), asOf: 'yesterday' };
    const el = await mount<PrimIndicator>(card(''), (e) => (e.feed = bad));
    expect($(el, '[role="alert"] code')?.textContent).toBe('$.asOf');
  });

  it('shows the good part of a partial feed with the errors beside it', async () => {
    const feed = buildFeed();
    const broken = {
      ...feed,
      observations: [{ ...feed.observations[0], value: -3 }, ...feed.observations.slice(1)],
    };
    const el = await mount<PrimIndicator>(card(''), (e) => (e.feed = broken));
    expect($(el, '[part="value"]')?.textContent?.trim()).toBe('63');
    expect($(el, '[role="alert"] code')?.textContent).toBe('$.observations[0].value');
  });

  it('asks for a source when it has none', async () => {
    const el = await mount<PrimIndicator>(card(''));
    expect($(el, '[role="alert"]')?.textContent).toContain('Aucune source de données');
  });

  it('names an unknown indicator, and a failing widget leaves its neighbour intact', async () => {
    const bad = await mount<PrimIndicator>(card('', '', 'nope'), (e) => (e.feed = buildFeed()));
    const good = await mount<PrimIndicator>(card(''), (e) => (e.feed = buildFeed()));
    expect($(bad, '[role="alert"]')?.textContent).toContain('« nope »');
    expect($(good, '[part="value"]')?.textContent?.trim()).toBe('63');
  });

  it('rejects an as-of that is not a date', async () => {
    const el = await mount<PrimIndicator>(card('as-of="soon"'), (e) => (e.feed = buildFeed()));
    expect($(el, '[role="alert"]')?.textContent).toContain('as-of="soon"');
  });
});
