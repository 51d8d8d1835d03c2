import { parseFeed } from '@prim/indicators';
import { describe, expect, it } from 'vitest';
import {
  blockSnippet,
  embedUrl,
  escapeScriptJson,
  iframeSnippet,
  inlineSnippet,
  scriptSnippet,
  shortcodeSnippet,
  trimFeed,
  type EmbedChoice,
} from '../src/builder/snippets.js';
import { builtinFeed } from './expected.js';

const choice: EmbedChoice = {
  tag: 'prim-indicator',
  attributes: [
    ['indicator', 'fund-completion'],
    ['lang', 'ar'],
    ['region', ''],
    ['as-of', '2022-12-31'],
  ],
  feedUrl: 'https://indicators.example/feeds/prim.feed.json',
  scriptUrl: 'https://indicators.example/widgets.js',
  embedPageUrl: 'https://indicators.example/embed.html',
};

describe('embed snippets', () => {
  it('script variant: one module script and the element with its non-empty attributes', () => {
    expect(scriptSnippet(choice)).toBe(
      '<script type="module" src="https://indicators.example/widgets.js"></script>\n' +
        '<prim-indicator src="https://indicators.example/feeds/prim.feed.json" indicator="fund-completion" lang="ar" as-of="2022-12-31"></prim-indicator>',
    );
  });

  it('script variant preloads what the element downloads first, before the script', () => {
    const feed = 'https://indicators.example/feeds/prim.feed.json';
    const views = 'https://indicators.example/feeds/prim.views.base.json';
    const lines = scriptSnippet({ ...choice, preload: [feed, views] }).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `<link rel="preload" href="${feed}" as="fetch" crossorigin>`,
      `<link rel="preload" href="${views}" as="fetch" crossorigin>`,
      '<script type="module" src="https://indicators.example/widgets.js"></script>',
    ]);
    expect(lines[3]).toMatch(/^<prim-indicator src=/);
  });

  it('iframe variant points at embed.html with the same options', () => {
    const url = new URL(embedUrl(choice));
    expect(url.pathname).toBe('/embed.html');
    expect(url.searchParams.get('widget')).toBe('prim-indicator');
    expect(url.searchParams.get('indicator')).toBe('fund-completion');
    expect(url.searchParams.has('region')).toBe(false);
    expect(iframeSnippet(choice, 'Fonds')).toContain('title="Fonds"');
  });

  it('iframe variant is as wide as its column, with no fixed height, and resizes itself', () => {
    const snippet = iframeSnippet(choice, 'Fonds');
    expect(snippet).not.toMatch(/height="\d+"/);
    expect(snippet).toContain('width:100%;max-width:100%');
    expect(snippet).toMatch(/<script>[^]*'prim:height'[^]*<\/script>$/);
  });

  it('WordPress forms: the plugin’s shortcode and block, short widget name, asOf in camelCase', () => {
    expect(shortcodeSnippet(choice)).toBe(
      '[prim widget="indicator" indicator="fund-completion" lang="ar" as-of="2022-12-31"]',
    );
    expect(blockSnippet(choice)).toBe(
      '<!-- wp:prim/widget {"widget":"indicator","indicator":"fund-completion","lang":"ar","asOf":"2022-12-31"} /-->',
    );
    const progress: EmbedChoice = {
      ...choice,
      tag: 'prim-progress',
      attributes: [['indicators', 'fund-completion baom-coverage']],
    };
    expect(shortcodeSnippet(progress)).toBe(
      '[prim widget="progress" indicator="fund-completion baom-coverage"]',
    );
  });

  it('WordPress forms cannot be closed early by a value', () => {
    const hostile: EmbedChoice = { ...choice, attributes: [['region', 'x"] --> <b>']] };
    expect(shortcodeSnippet(hostile)).toBe(
      '[prim widget="indicator" region="x&quot;&#93; --> <b>"]',
    );
    expect(blockSnippet(hostile)).not.toMatch(/-->.*-->|<b>/s);
    expect(blockSnippet(hostile).endsWith(' /-->')).toBe(true);
  });

  it('inline variant carries a feed that still validates, trimmed to what the widget reads', () => {
    const feed = builtinFeed();
    const trimmed = trimFeed(feed, ['fund-completion']);
    expect(trimmed.indicators.map((i) => i.id)).toEqual(['fund-completion']);
    expect(trimmed.observations.length).toBeLessThan(feed.observations.length);
    const snippet = inlineSnippet(choice, trimmed);
    const json = /<script type="application\/json">(.*)<\/script>/s.exec(snippet)?.[1] ?? '';
    expect(parseFeed(json.replace(/<\\\//g, '</')).ok).toBe(true);
  });

  it('JSON cannot close the script element it sits in', () => {
    expect(escapeScriptJson('{"a":"</script><script>x"}')).not.toContain('</script>');
  });
});
