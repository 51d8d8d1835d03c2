import { BASE_PART, type Feed, type Lang } from '@prim/indicators';
import {
  html,
  type CSSResultGroup,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { Unpublished, type FeedReader } from '../data/feed-reader.js';
import { warnViews } from '../data/feed-cache.js';
import { LoadError } from '../data/load-error.js';
import { loadFeed, type LoadedFeed } from '../data/load-feed.js';
import { messages } from '../i18n/catalogue.js';
import { directionOf, uniqueSources } from '@prim/indicators/present';
import { langOf } from '../i18n/lang.js';
import { baseStyles } from '../styles/base-styles.js';
import { themeStyles } from '../styles/theme-styles.js';
import { renderTableDetails } from '../table/table-details.js';
import type { TableData } from '../table/table-data.js';
import { onDocumentLangChange } from './document-lang.js';
import { Load } from './load.js';
import { renderError, renderIssues, renderLoading } from './render-error.js';
import { sourceLinks } from './source-links.js';
import { staleNotice } from './stale-notice.js';
import type { View, WidgetContext } from './view.js';
import { warmFormatter } from './warm-formatter.js';
import { WidthController } from './width-controller.js';
import { widgetContext } from '../views/widget-context.js';

/**
 * The base of every `prim-*` element: loads the feed (from `feed`, an inline JSON script or
 * `src`), resolves language, direction, locale and filters, and frames the element's view
 * with the states every widget shares: loading, error, empty, synthetic data, partial feed,
 * 'as of' and stale lines, sources. A failure in a view is caught and shown as the error
 * state: a widget never throws out of its render, so it never breaks its neighbours.
 *
 * @fires prim-load - The feed loaded; `detail.feed` is the parsed feed.
 * @fires prim-error - The feed could not be loaded; `detail.error` is the cause.
 * @fires prim-data - The data behind the widget changed; `detail.table` is its table.
 * @csspart base - The widget's frame.
 * @csspart title - The widget's heading.
 * @csspart notice - A notice (synthetic data, partial feed, stale data).
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 * @csspart footer - The 'as of' and sources lines.
 * @csspart details - The folded data table under a chart.
 * @csspart table - A data table.
 * @csspart download - The download buttons (CSV; SVG and PNG under a chart).
 * @cssprop --prim-font-family - Font stack (default: system UI fonts, Arabic included).
 * @cssprop --prim-font-size - Base font size (default 16px).
 * @cssprop --prim-radius - Corner radius (default 6px).
 * @cssprop --prim-color-background - Widget background.
 * @cssprop --prim-color-text - Main text colour.
 * @cssprop --prim-color-muted - Secondary text colour.
 * @cssprop --prim-color-border - Borders and table rules.
 * @cssprop --prim-color-track - Empty part of bars.
 * @cssprop --prim-color-accent - Bars, lines and links.
 * @cssprop --prim-color-target - Target ticks and the parity line.
 * @cssprop --prim-color-expected - The 'expected by now' marker.
 * @cssprop --prim-color-achieved - Status 'achieved'.
 * @cssprop --prim-color-on-track - Status 'on track'.
 * @cssprop --prim-color-at-risk - Status 'at risk'.
 * @cssprop --prim-color-off-track - Status 'off track'.
 * @cssprop --prim-color-meets - Parity met.
 * @cssprop --prim-color-below - Below parity.
 * @cssprop --prim-color-unknown - Unknown parity or no data.
 * @cssprop --prim-color-notice-background - Notice background.
 * @cssprop --prim-color-notice-text - Notice text.
 * @cssprop --prim-color-error-background - Error background.
 * @cssprop --prim-color-error-text - Error text.
 * @cssprop --prim-color-focus - Focus ring.
 */
export abstract class PrimElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles, baseStyles];

  static override properties: PropertyDeclarations = {
    src: { type: String },
    views: { type: String },
    feed: { attribute: false },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    region: { type: String },
    commune: { type: String },
    locale: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of a `prim-feed/1` JSON document; fetched once per page for all widgets. */
  declare src?: string;
  /**
   * URL of the feed's published views (`prim publish`); by default `NAME.views.json` beside
   * a `src` named `NAME.feed.json`; 'none' for none. Used only when computed from the feed's
   * exact bytes.
   */
  declare views?: string;
  /** A feed object (or JSON text), validated like a fetched one; wins over `src`. */
  declare feed?: unknown;
  /** 'light' (default), 'dark', or 'auto' to follow the reader's system setting. */
  declare theme?: 'light' | 'dark' | 'auto';
  /** Compute as of this date (YYYY-MM-DD) instead of the feed's `asOf`. */
  declare asOf?: string;
  /** Only this region's observations (an id from the feed, e.g. 'oriental'). */
  declare region?: string;
  /** Only this commune's observations. */
  declare commune?: string;
  /** Intl locale for numbers and dates, e.g. 'ar-EG'; default fr-MA, ar-MA or en. */
  declare locale?: string;
  /** ARIA level of the widget's heading (default 3). */
  declare headingLevel?: number;

  protected readonly size = new WidthController(
    this,
    () => this.renderRoot?.querySelector('[part="base"]'),
    () => this.showsData,
  );

  /** Set once published views could not answer: the model is used from then on. */
  private modelOnly = false;

  private readonly data = new Load(this, {
    load: ([use, feed, inline, src, views, fast, part]: readonly [
      boolean,
      unknown,
      string | undefined,
      string | undefined,
      string | undefined,
      boolean,
      string | undefined,
    ]) => {
      if (!use) return undefined;
      // The element's own code (a dashboard's inner elements) loads beside the feed.
      const loading = Promise.all([
        loadFeed({ feed, inline, src, views, fast, part }),
        this.whenReady(),
      ]).then(([loaded]) => loaded);
      warmFormatter(langOf(this), this.locale);
      return loading;
    },
    args: () =>
      [
        this.usesFeed,
        this.feed,
        this.inlineJson(),
        this.src,
        this.views,
        this.drawsFromPublishedViews && !this.modelOnly && !this.region && !this.commune,
        this.viewsPart,
      ] as const,
    onComplete: (loaded: LoadedFeed) => this.emit('prim-load', { feed: loaded.feed }),
    onError: (error) => this.emit('prim-error', { error }),
  });

  private children$?: MutationObserver;
  private stopLangWatch?: () => void;
  private table?: TableData;
  /** The folded data table is open: only then are its rows built. */
  private tableOpen = false;
  private announcedTable?: TableData;

  /** The data behind what the widget shows now, as a table (undefined before data). */
  get dataTable(): TableData | undefined {
    return this.table;
  }

  /**
   * True when the element may show something drawn by width: its feed's data (not loading
   * or an error), or whatever an element without a feed shows.
   */
  private get showsData(): boolean {
    const state = this.data.state;
    return (
      !this.usesFeed ||
      state.status === 'complete' ||
      (state.status === 'pending' && state.last !== undefined)
    );
  }

  /** False when an element shows something other than a feed (a linked table). */
  protected get usesFeed(): boolean {
    return true;
  }

  /**
   * True when the element reads the feed only through `ctx.read` and the feed's head (no
   * observations): it can then draw from published views, without the model.
   */
  protected get drawsFromPublishedViews(): boolean {
    return false;
  }

  /**
   * The part of the published views this element draws from (`viewsParts`): downloaded
   * instead of the whole views file when the server has it. Undefined: the whole file.
   */
  protected get viewsPart(): string | undefined {
    return BASE_PART;
  }

  /**
   * Code the element needs before it draws, loaded beside its feed (the dashboard: its inner
   * elements); a failure is the element's error state.
   */
  protected whenReady(): unknown {
    return undefined;
  }

  /** True while the element draws from published views (not from the model). */
  protected readingViews = false;

  /** The view of this element for a loaded feed. Throwing shows the error state. */
  protected abstract renderView(ctx: WidgetContext): View;

  override connectedCallback(): void {
    // The feed is asked for now, as the element is upgraded or put on the page, not in its
    // first update: that comes after the rest of the bundle has run and the shadow root and
    // its styles are made, and the feed's download is what a first chart waits for longest.
    this.data.hostUpdate();
    super.connectedCallback();
    // Inline JSON may be parsed after the element is upgraded, or replaced later.
    this.children$ = new MutationObserver(() => this.requestUpdate());
    this.children$.observe(this, { childList: true, subtree: true, characterData: true });
    this.stopLangWatch = onDocumentLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.children$?.disconnect();
    this.stopLangWatch?.();
  }

  private inlineJson(): string | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const lang = langOf(this);
    const msgs = messages(lang);
    let inner: unknown;
    try {
      const state = this.data.state;
      inner =
        state.status === 'complete'
          ? this.renderLoaded(state.value, lang)
          : state.status === 'error'
            ? renderError(state.error, msgs)
            : state.status === 'pending' && state.last
              ? this.renderLoaded(state.last, lang)
              : renderLoading(msgs);
    } catch (error) {
      inner = renderError(error, msgs);
    }
    return html`<div part="base" class="widget" lang=${lang} dir=${directionOf(lang)}>
      ${inner}
    </div>`;
  }

  /** After a resize, renders on the next animation frame (see WidthController). */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.size.takeDeferral()) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.table !== this.announcedTable) {
      this.announcedTable = this.table;
      this.emit('prim-data', { table: this.table });
    }
  }

  /** Language, locale, formatter and compute options for a loaded feed. */
  protected contextFor(feed: Feed, read: FeedReader, lang: Lang): WidgetContext {
    return widgetContext(feed, read, lang, this.size.width, this);
  }

  private renderLoaded(loaded: LoadedFeed, lang: Lang): TemplateResult {
    this.size.measureOnce();
    const msgs = messages(lang);
    let ctx: WidgetContext;
    let view: View;
    let footer: TemplateResult;
    try {
      this.readingViews = loaded.published;
      ctx = this.contextFor(loaded.feed, loaded.read, lang);
      view = this.renderView(ctx);
      footer = this.renderFooter(ctx, view);
    } catch (error) {
      this.table = undefined;
      // Published views that cannot answer (another date) or that break the view (a bad
      // sidecar): load the feed and the model instead, never show something else.
      if (loaded.published && !(error instanceof LoadError)) {
        // Once: until the model's answer arrives, the last value is still the published one.
        if (!this.modelOnly) {
          if (!(error instanceof Unpublished)) warnViews(this.views ?? this.src ?? '', error);
          this.modelOnly = true;
          queueMicrotask(() => this.requestUpdate());
        }
        return renderLoading(msgs);
      }
      return renderError(error, msgs);
    }
    this.table = view.empty ? undefined : view.table;
    return html`${
      view.title
        ? html`<div class="title" part="title" role="heading" aria-level=${this.headingLevel ?? 3}>
            ${view.title}
          </div>`
        : nothing
    }
    ${
      loaded.errors.length > 0
        ? html`<div class="notice error" role="alert" part="notice">
            <p>${msgs.partialNotice}</p>
            ${renderIssues(loaded.errors, msgs)}
          </div>`
        : nothing
    }
    ${
      view.synthetic && !view.empty
        ? html`<p class="notice" part="notice">${msgs.synthetic}</p>`
        : nothing
    }
    ${view.empty ? html`<p class="empty" part="empty">${msgs.empty}</p>` : view.body}
    ${
      view.table && !view.tableInBody && !view.empty
        ? renderTableDetails(
            view.table,
            msgs,
            { open: this.tableOpen, changed: this.tableToggled, root: this.renderRoot },
            view.hasChart ?? false,
          )
        : nothing
    }
    ${footer}`;
  }

  private readonly tableToggled = (open: boolean): void => {
    this.tableOpen = open;
    this.requestUpdate();
  };

  private renderFooter(ctx: WidgetContext, view: View): TemplateResult {
    const { feed, fmt, msgs } = ctx;
    const asOf = ctx.options.asOf ?? feed.asOf;
    const stale = view.empty ? undefined : staleNotice(ctx, view.indicators ?? []);
    const sources = uniqueSources(feed, view.sources ?? []);
    return html`<div class="footer" part="footer">
      <p>${msgs.asOf(fmt.date(asOf))}</p>
      ${stale ? html`<p class="notice" part="notice">${stale}</p>` : nothing}
      ${sources.length > 0 ? html`<p>${msgs.sources} ${sourceLinks(sources, fmt)}</p>` : nothing}
    </div>`;
  }
}
