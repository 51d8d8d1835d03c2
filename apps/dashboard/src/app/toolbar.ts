import type { Feed, Lang } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';
import { LANG_NAMES } from '../i18n/catalogue.js';
import type { Messages } from '../i18n/messages.js';
import type { Theme, ViewState } from '../state/view-state.js';
import { communeName, regionName, type ViewContext } from '../views/context.js';

export const MID_TERM = '2022-12-31';
export const PROGRAMME_END = '2024-08-31';

export interface ToolbarActions {
  navigate(changes: Partial<ViewState>): void;
  copyLink(): void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** Language, theme, as-of date with presets, region and commune: all written to the URL. */
export function toolbar(
  ctx: ViewContext,
  actions: ToolbarActions,
  copied: boolean,
): TemplateResult {
  const { m, state, feed } = ctx;
  const asOf = state.asOf ?? feed.asOf;
  const communes = (feed.dimensions.commune ?? []).filter(
    (c) => !state.region || c.region === state.region,
  );
  const preset = (label: string, date: string | undefined) =>
    html`<button
      type="button"
      class="preset"
      aria-pressed=${String(state.asOf === date)}
      @click=${() => actions.navigate({ asOf: date })}
    >
      ${label}
    </button>`;
  return html`<form class="toolbar" @submit=${(e: Event) => e.preventDefault()}>
    <label
      >${m.language}
      <select name="lang" @change=${(e: Event) => actions.navigate({ lang: value(e) as Lang })}>
        ${(Object.keys(LANG_NAMES) as Lang[]).map(
          (l) =>
            html`<option value=${l} lang=${l} ?selected=${l === state.lang}>
              ${LANG_NAMES[l]}
            </option>`,
        )}
      </select></label
    >
    <label
      >${m.theme}
      <select name="theme" @change=${(e: Event) => actions.navigate({ theme: value(e) as Theme })}>
        ${(['light', 'dark'] as const).map(
          (t) => html`<option value=${t} ?selected=${t === state.theme}>${m.themes[t]}</option>`,
        )}
      </select></label
    >
    <fieldset class="as-of">
      <legend>${m.asOf}</legend>
      <input
        type="date"
        name="as-of"
        .value=${asOf}
        min=${feed.programme.start}
        @change=${(e: Event) => actions.navigate({ asOf: value(e) || undefined })}
      />
      ${preset(m.asOfPresets.midTerm, MID_TERM)} ${preset(m.asOfPresets.end, PROGRAMME_END)}
      ${preset(m.asOfPresets.feed, undefined)}
    </fieldset>
    <label
      >${m.region}
      <select
        name="region"
        @change=${(e: Event) => actions.navigate({ region: value(e) || undefined })}
      >
        <option value="" ?selected=${!state.region}>${m.allRegions}</option>
        ${feed.dimensions.region.map(
          (r) =>
            html`<option value=${r.id} ?selected=${r.id === state.region}>
              ${regionName(ctx, r.id)}
            </option>`,
        )}
      </select></label
    >
    <label
      >${m.commune}
      <select
        name="commune"
        @change=${(e: Event) => actions.navigate({ commune: value(e) || undefined })}
      >
        <option value="" ?selected=${!state.commune}>${m.allCommunes}</option>
        ${communes.map(
          (c) =>
            html`<option value=${c.id} ?selected=${c.id === state.commune}>
              ${communeName(ctx, c.id)}
            </option>`,
        )}
      </select></label
    >
    <button type="button" class="share" @click=${actions.copyLink}>
      ${copied ? m.linkCopied : m.shareLink}
    </button>
  </form>`;
}

/** The page navigation; the current page is marked for assistive technology. */
export function pageNav(ctx: ViewContext): TemplateResult {
  const { m, state } = ctx;
  const pages = Object.keys(m.pages) as Array<keyof Messages['pages']>;
  return html`<nav class="pages" aria-label=${m.appTitle}>
    <ul>
      ${pages.map(
        (page) =>
          html`<li>
            <a href=${ctx.href({ page })} aria-current=${page === state.page ? 'page' : 'false'}
              >${m.pages[page]}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** The feed's own programme name, for the header. */
export function programmeName(ctx: ViewContext, feed: Feed): string {
  return ctx.f.text(feed.programme.name);
}
