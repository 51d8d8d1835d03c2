import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  formatViewState,
  parseViewState,
  updateViewState,
} from '../src/state/view-state.js';

describe('view state in the URL hash', () => {
  it('round-trips every field a shared link must restore', () => {
    const state = {
      page: 'region',
      lang: 'ar',
      theme: 'dark',
      asOf: '2022-12-31',
      region: 'souss-massa',
      commune: 'ait-amira',
      feed: 'https://example.org/feed.json?v=2&x=1',
      since: 'https://example.org/feed-2024-06.json',
    } as const;
    expect(parseViewState(formatViewState(state))).toEqual(state);
  });

  it('keeps links short: defaults are left out', () => {
    expect(formatViewState(DEFAULT_STATE)).toBe('#/overview');
  });

  it('falls back to defaults for anything it does not recognise', () => {
    expect(parseViewState('#/nope?lang=de&theme=pink&as-of=2023-02-29&region=<x>')).toEqual(
      DEFAULT_STATE,
    );
    expect(parseViewState('')).toEqual(DEFAULT_STATE);
  });

  it('forgets the commune when the region changes', () => {
    const state = parseViewState('#/region?region=souss-massa&commune=ait-amira');
    expect(updateViewState(state, { region: 'oriental' }).commune).toBeUndefined();
    expect(updateViewState(state, { lang: 'en' }).commune).toBe('ait-amira');
  });
});
