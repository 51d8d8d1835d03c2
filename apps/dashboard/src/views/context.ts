import type { ComputeOptions, Feed } from '@prim/indicators';
import { nameOf, sourceTitleOf } from '@prim/indicators/present';
import { titleOf } from '@prim/widgets';
import { html, type TemplateResult } from 'lit';
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

/** Names from the feed's dimensions, falling back to the id (one look-up for every surface). */
export const regionName = (ctx: ViewContext, id: string): string =>
  nameOf(ctx.feed, 'region', id, ctx.f.lang);

export const communeName = (ctx: ViewContext, id: string): string =>
  nameOf(ctx.feed, 'commune', id, ctx.f.lang);

export const profileName = (ctx: ViewContext, id: string): string =>
  nameOf(ctx.feed, 'profile', id, ctx.f.lang);

export const activityName = (ctx: ViewContext, id: string): string =>
  nameOf(ctx.feed, 'activity', id, ctx.f.lang);

export const callName = (ctx: ViewContext, id: string): string =>
  nameOf(ctx.feed, 'call', id, ctx.f.lang);

/**
 * A source's title, linked to the sources page: in the reader's language when the feed has
 * it, else with its language said after the link.
 */
export function sourceLink(ctx: ViewContext, id: string): TemplateResult {
  const href = ctx.href({ page: 'sources' });
  return titleOf(
    sourceTitleOf(ctx.feed, id, ctx.f.fmt),
    (text) => html`<a href=${href}>${text}</a>`,
  );
}

export function indicatorName(ctx: ViewContext, id: string): string {
  const i = ctx.feed.indicators.find((x) => x.id === id);
  return i ? ctx.f.text(i.name) : id;
}
