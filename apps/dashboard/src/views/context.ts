import type { ComputeOptions, Feed } from '@prim/indicators';
import type { Format } from '../format/format.js';
import type { Messages } from '../i18n/messages.js';
import type { ViewState } from '../state/view-state.js';
import type { EarlierFeed } from './changes.js';

/** What every view renders from: the feed, the URL state and the reader's language. */
export interface ViewContext {
  readonly feed: Feed;
  readonly state: ViewState;
  readonly m: Messages;
  readonly f: Format;
  /** as-of and the region/commune filter of the state, for every computation. */
  readonly options: ComputeOptions;
  /** What changed since an earlier feed, when the reader loaded one to compare with. */
  readonly earlier?: EarlierFeed;
  /** The link to the view with `changes` applied (a real href, so it can be shared). */
  href(changes: Partial<ViewState>): string;
}

/** The compute options for a state: as-of plus the region/commune filter. */
export function optionsOf(
  state: ViewState,
  extra?: { region?: string; commune?: string },
): ComputeOptions {
  const region = extra?.region ?? state.region;
  const commune = extra?.commune ?? state.commune;
  const filter = { ...(region ? { region } : {}), ...(commune ? { commune } : {}) };
  return { ...(state.asOf ? { asOf: state.asOf } : {}), filter };
}

/** Names from the feed's dimensions, falling back to the id. */
export function regionName(ctx: ViewContext, id: string): string {
  const r = ctx.feed.dimensions.region.find((x) => x.id === id);
  return r ? ctx.f.text(r.name) : id;
}

export function communeName(ctx: ViewContext, id: string): string {
  const c = ctx.feed.dimensions.commune?.find((x) => x.id === id);
  return c ? ctx.f.text(c.name) : id;
}

export function profileName(ctx: ViewContext, id: string): string {
  const p = ctx.feed.dimensions.profile?.find((x) => x.id === id);
  return p ? ctx.f.text(p.name) : id;
}

export function activityName(ctx: ViewContext, id: string): string {
  const a = ctx.feed.activities?.find((x) => x.id === id);
  return a ? ctx.f.text(a.name) : id;
}

export function callName(ctx: ViewContext, id: string): string {
  const c = ctx.feed.dimensions.call?.find((x) => x.id === id);
  return c ? ctx.f.text(c.name) : id;
}

export function sourceTitle(ctx: ViewContext, id: string): string {
  return ctx.feed.sources.find((s) => s.id === id)?.title ?? id;
}

export function indicatorName(ctx: ViewContext, id: string): string {
  const i = ctx.feed.indicators.find((x) => x.id === id);
  return i ? ctx.f.text(i.name) : id;
}
