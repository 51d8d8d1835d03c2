import { describe, expect, it } from 'vitest';
import { pluginFiles } from '../scripts/build-zip.js';

const decode = (bytes: unknown) => new TextDecoder().decode(bytes as Uint8Array);

describe('the plugin zip', () => {
  const files = pluginFiles({
    code: '/* bundle */',
    lazy: { 'prim-widgets-model.js': '/* model */' },
  });

  it('has one top folder prim-indicators/ with the PHP, the block, the bundle, the feed and the data', () => {
    const paths = Object.keys(files);
    expect(paths.every((p) => p.startsWith('prim-indicators/'))).toBe(true);
    for (const path of [
      'prim-indicators.php',
      'includes/render.php',
      'block/block.json',
      'block/editor.js',
      'block/editor.asset.php',
      'assets/prim-widgets.js',
      'assets/prim-widgets-model.js',
      'assets/prim-resize.js',
      'data/prim.feed.json',
      'data/prim.views.json',
      'data/prim.views.base.json',
      'data/prim.views.footfall-none.json',
      'data/catalog.json',
      'data/headlines.json',
    ])
      expect(paths).toContain(`prim-indicators/${path}`);
    expect(paths.filter((p) => /\/(test|scripts|dist|node_modules)\//.test(p))).toEqual([]);
  });

  it('carries the built-in feed’s published views, computed from its exact bytes', async () => {
    const { createHash } = await import('node:crypto');
    const feed = files['prim-indicators/data/prim.feed.json'] as Uint8Array;
    const views = JSON.parse(decode(files['prim-indicators/data/prim.views.json']));
    expect(views.format).toBe('prim-views/1');
    expect(views.feedSha256).toBe(createHash('sha256').update(feed).digest('hex'));
  });

  it('closes the attribute lists on the widgets’ own options', () => {
    const catalog = JSON.parse(decode(files['prim-indicators/data/catalog.json']));
    expect(Object.keys(catalog.widgets)).toEqual([
      'indicator',
      'progress',
      'parity',
      'footfall',
      'funnel',
      'table',
      'dashboard',
    ]);
    expect(catalog.widgets.footfall.options).toEqual({
      by: ['profile', 'sex', 'commune', 'none'],
      layout: ['stacked', 'small-multiples'],
    });
    expect(catalog.langs).toEqual(['fr', 'ar', 'en']);
  });

  it('carries each indicator’s fallback sentence from the model, in three languages', () => {
    const { asOf, indicators } = JSON.parse(decode(files['prim-indicators/data/headlines.json']));
    expect(asOf).toBe('2024-12-13');
    expect(indicators['fund-completion'].fr.text).toBe(
      'Projets financés (cumul) — taux d’atteinte de l’objectif de 100 projets : 60 projets (8 décembre 2024 – 13 décembre 2024)',
    );
    expect(indicators['fund-completion'].ar.text).toMatch(/^المشاريع الممولة .*: 60 /);
    // A sum of months names its first and last month, not only the last one.
    expect(indicators['baom-footfall'].fr.text).toMatch(/3\.059 .*\(mai 2021 – août 2024\)$/);
    // A share is written as a percentage, as the widget writes it.
    expect(indicators['participants-women-share'].en.text).toMatch(/: [\d.]+%/);
  });
});
