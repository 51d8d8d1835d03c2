import { css, html, nothing } from 'lit';
import { childSettings } from '../base/child-settings.js';
import { markStyles } from '../styles/mark-styles.js';
import { PrimElement } from '../base/prim-element.js';
import { viewsPlaces } from '../data/load-feed.js';
import type { View, WidgetContext } from '../base/view.js';
import { dashboardWidgetView } from '../views/dashboard-view.js';

/**
 * A programme or region at a glance: headline cards (fund completion, BAOM coverage,
 * footfall, parity), progress against targets, parity, footfall and the fund's calls. It
 * loads the feed once and hands it to the elements inside it, with its own language, theme,
 * date and filters; each keeps its own states, notices and downloads. Like them, it draws
 * from the feed's published views when they answer (its own `src` and `views` handed down,
 * read from the same downloads), and from the model otherwise (the parsed feed object
 * handed down). It draws once its inner elements' code is there too (`innerElements`), so
 * they appear in their places at once.
 *
 * @summary A programme or region at a glance.
 * @csspart cards - The row of headline cards.
 * @csspart card - The parity headline card.
 * @csspart sections - The charts under the cards.
 */
export class PrimDashboard extends PrimElement {
  static override styles = [
    PrimElement.styles,
    markStyles,
    css`
      .cards,
      .sections {
        display: grid;
        gap: 0.75em;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
      }
      .sections {
        margin-top: 0.75em;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
      }
      .wide {
        grid-column: 1 / -1;
      }
      .card {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 1em;
      }
      .card-title {
        font-weight: 700;
      }
      .big {
        margin: 0.25em 0;
        font-size: 2em;
        font-weight: 700;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
      @media (max-width: 400px) {
        .widget {
          padding: 0.5em;
        }
      }
    `,
  ];

  /**
   * The inner elements' code, loading: define/prim-dashboard.ts imports it on demand (unset
   * where they are registered with the dashboard, as in prim-widgets.js).
   */
  static innerElements?: Promise<unknown>;

  protected override get drawsFromPublishedViews(): boolean {
    return true;
  }

  /** Every view: the whole file. */
  protected override get viewsPart(): string | undefined {
    return undefined;
  }

  /** The URL of the whole views file beside the dashboard's src, as it looked for it. */
  private wholeViews(): string | undefined {
    return this.src ? viewsPlaces(this.src, undefined, document.baseURI)[0]?.url : undefined;
  }

  protected override whenReady(): unknown {
    return PrimDashboard.innerElements ?? super.whenReady();
  }

  protected override renderView(ctx: WidgetContext): View {
    const { feed, lang, msgs } = ctx;
    const view = dashboardWidgetView(ctx, this.region);
    const level = (this.headingLevel ?? 3) + 1;
    // Every inner element reads the dashboard's feed and settings: from published views, its
    // src and views (the same downloads); from the model, the same parsed feed object.
    const views = this.readingViews;
    const common = {
      src: views ? this.src : undefined,
      // The whole views file the dashboard read, by name: not each element's part of it.
      views: views ? (this.views ?? this.wholeViews()) : undefined,
      lang,
      theme: this.theme,
      'as-of': this.asOf,
      region: this.region,
      commune: this.commune,
      locale: this.locale,
      'heading-level': String(level),
    };
    const use = (attributes: Record<string, string> = {}) =>
      childSettings({ feed: views ? undefined : feed, attributes: { ...common, ...attributes } });
    const said = view.parity;
    const body = html`<div class="cards" part="cards">
        ${view.cards.map((id) => html`<prim-indicator ${use({ indicator: id })}></prim-indicator>`)}
        ${
          said
            ? html`<div class="card" part="card">
                <div class="card-title" role="heading" aria-level=${level}>${msgs.parityTitle}</div>
                <p class="big">${said.value}</p>
                <p>${said.headline}</p>
                ${said.unknown ? html`<p class="muted">${said.unknown}</p>` : nothing}
              </div>`
            : nothing
        }
      </div>
      <div class="sections" part="sections">
        <prim-progress ${use()}></prim-progress>
        ${said ? html`<prim-parity ${use()}></prim-parity>` : nothing}
        ${view.footfall ? html`<prim-footfall class="wide" ${use()}></prim-footfall>` : nothing}
        ${view.funnel ? html`<prim-funnel class="wide" ${use()}></prim-funnel>` : nothing}
      </div>`;
    return { ...view, body };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-dashboard': PrimDashboard;
  }
}
