import { isCalendarDate, type CalendarDate, type Lang } from '@prim/indicators';

/**
 * Everything a reader sees is decided by this state, and the state lives in the URL hash,
 * so a shared link restores exactly the same view.
 */
export const PAGES = [
  'overview',
  'fund',
  'baom',
  'gender',
  'region',
  'compare',
  'quality',
  'sources',
] as const;
export type Page = (typeof PAGES)[number];
export type Theme = 'light' | 'dark';

export interface ViewState {
  readonly page: Page;
  readonly lang: Lang;
  readonly theme: Theme;
  /** Unset: the feed's own `asOf`. */
  readonly asOf?: CalendarDate;
  readonly region?: string;
  readonly commune?: string;
  /** Unset: the built-in PRIM feed. */
  readonly feed?: string;
  /** The URL of an earlier feed to show what changed since; unset: no comparison. */
  readonly since?: string;
}

export const DEFAULT_STATE: ViewState = { page: 'overview', lang: 'fr', theme: 'light' };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const id = (value: string | null) => (value && ID_RE.test(value) ? value : undefined);

/** Reads `#/page?lang=…&theme=…&as-of=…&region=…&commune=…&feed=…`; bad values fall back. */
export function parseViewState(hash: string): ViewState {
  const text = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = text.split('?', 2);
  const params = new URLSearchParams(query);
  const asOf = params.get('as-of');
  const feed = params.get('feed');
  const since = params.get('since');
  const state: ViewState = {
    page: oneOf(PAGES, path) ?? DEFAULT_STATE.page,
    lang: oneOf(['fr', 'ar', 'en'] as const, params.get('lang')) ?? DEFAULT_STATE.lang,
    theme: oneOf(['light', 'dark'] as const, params.get('theme')) ?? DEFAULT_STATE.theme,
    asOf: asOf && isCalendarDate(asOf) ? asOf : undefined,
    region: id(params.get('region')),
    commune: id(params.get('commune')),
    feed: feed || undefined,
    since: since || undefined,
  };
  return withoutUndefined(state);
}

/** The hash for a state; defaults are left out so that links stay short. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.theme !== DEFAULT_STATE.theme) params.set('theme', state.theme);
  if (state.asOf) params.set('as-of', state.asOf);
  if (state.region) params.set('region', state.region);
  if (state.commune) params.set('commune', state.commune);
  if (state.feed) params.set('feed', state.feed);
  if (state.since) params.set('since', state.since);
  const query = params.toString();
  return `#/${state.page}${query ? `?${query}` : ''}`;
}

/** A new state with `changes` applied; a region change forgets a commune of another region. */
export function updateViewState(state: ViewState, changes: Partial<ViewState>): ViewState {
  const next = { ...state, ...changes };
  if ('region' in changes && changes.region !== state.region && !('commune' in changes)) {
    delete (next as { commune?: string }).commune;
  }
  return withoutUndefined(next);
}

function withoutUndefined(state: ViewState): ViewState {
  const copy: Record<string, unknown> = { ...state };
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as unknown as ViewState;
}
