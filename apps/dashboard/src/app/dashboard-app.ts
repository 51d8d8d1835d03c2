import { html, render, type TemplateResult } from 'lit';
import {
  feedFromFile,
  feedFromUrl,
  type FeedOutcome,
  type LoadedFeed,
  type RejectedFeed,
} from '../feed/feed-source.js';
import { formatFor } from '../format/format.js';
import { messagesFor } from '../i18n/catalogue.js';
import {
  formatViewState,
  parseViewState,
  updateViewState,
  type Page,
  type ViewState,
} from '../state/view-state.js';
import { baomView } from '../views/baom.js';
import { compareView } from '../views/compare.js';
import { optionsOf, type ViewContext } from '../views/context.js';
import { fundView } from '../views/fund.js';
import { genderView } from '../views/gender.js';
import { overviewView } from '../views/overview.js';
import { qualityView } from '../views/quality.js';
import { regionView } from '../views/region.js';
import { sourcesView } from '../views/sources.js';
import { foreignHost } from '../feed/foreign-host.js';
import { foreignBanner } from '../views/foreign-banner.js';
import { EarlierFeedState } from './earlier-feed.js';
import { earlierPanel } from './earlier-panel.js';
import { feedPanel, rejectionReport } from './feed-panel.js';
import { applyDocumentState } from './document-state.js';
import { pageNav, toolbar } from './toolbar.js';

const VIEWS: Readonly<Record<Page, (ctx: ViewContext) => TemplateResult>> = {
  overview: overviewView,
  fund: fundView,
  baom: baomView,
  gender: genderView,
  region: regionView,
  compare: compareView,
  quality: qualityView,
  sources: sourcesView,
};

/**
 * The dashboard: reads the view state from the URL hash on every change, loads the feed the
 * state names, and re-renders. User actions only ever write the URL.
 */
export class DashboardApp {
  private state: ViewState = parseViewState(location.hash);
  private loaded: LoadedFeed | undefined;
  private rejected: RejectedFeed | undefined;
  /** The `feed` value of the state whose load was last started (undefined = built-in). */
  private requested: string | undefined | null = null;
  private copied = false;
  private readonly earlier = new EarlierFeedState(() => this.render());

  constructor(private readonly root: HTMLElement) {}

  start(): void {
    // The static 'loading' text of index.html; Lit only manages what it rendered itself.
    this.root.replaceChildren();
    addEventListener('hashchange', () => this.sync());
    // Dropping a feed anywhere on the page loads it.
    addEventListener('dragover', (e) => e.preventDefault());
    addEventListener('drop', (e) => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void this.loadFile(file);
    });
    this.sync();
  }

  private sync(): void {
    this.state = parseViewState(location.hash);
    this.copied = false;
    applyDocumentState(this.state, messagesFor(this.state.lang).appTitle);
    if (this.requested !== this.state.feed) void this.loadUrl(this.state.feed);
    void this.earlier.syncUrl(this.state.since);
    this.render();
  }

  private navigate(changes: Partial<ViewState>): void {
    location.hash = formatViewState(updateViewState(this.state, changes));
  }

  private async loadUrl(url: string | undefined): Promise<void> {
    const previous = this.requested;
    this.requested = url;
    this.accept(await feedFromUrl(url), () => {
      // A feed URL that failed is taken back out of the link, which names the feed on screen.
      if (previous !== null && this.state.feed === url) {
        const state = updateViewState(this.state, { feed: previous ?? undefined });
        history.replaceState(null, '', formatViewState(state));
        this.state = state;
        this.requested = previous;
      }
    });
  }

  private async loadFile(file: File): Promise<void> {
    this.accept(await feedFromFile(file));
  }

  private accept(outcome: FeedOutcome, onReject?: () => void): void {
    if (outcome.ok) {
      this.loaded = outcome.loaded;
      this.rejected = undefined;
      if (outcome.loaded.origin.kind === 'url' && this.state.feed !== outcome.loaded.origin.url) {
        this.navigate({ feed: outcome.loaded.origin.url });
      }
    } else {
      this.rejected = outcome.rejected;
      onReject?.();
    }
    this.render();
  }

  private get actions() {
    return {
      navigate: (changes: Partial<ViewState>) => this.navigate(changes),
      copyLink: () => {
        void navigator.clipboard?.writeText(location.href).catch(() => undefined);
        this.copied = true;
        this.render();
      },
      loadFile: (file: File) => void this.loadFile(file),
      loadUrl: (url: string | undefined) => {
        if (url === this.state.feed) void this.loadUrl(url);
        else this.navigate({ feed: url });
      },
      usePartial: () => {
        const r = this.rejected;
        if (!r?.partial) return;
        this.accept({
          ok: true,
          loaded: { feed: r.partial, origin: r.origin, warnings: r.warnings },
        });
      },
      loadEarlierFile: (file: File) => {
        void this.earlier.loadFile(file);
        if (this.state.since) this.navigate({ since: undefined });
      },
      loadEarlierUrl: (url: string | undefined) => {
        if (url !== undefined && url === this.state.since) void this.earlier.reload(url);
        else this.navigate({ since: url });
      },
      dismiss: () => {
        this.rejected = undefined;
        this.render();
      },
    };
  }

  private render(): void {
    const m = messagesFor(this.state.lang);
    const actions = this.actions;
    const report = this.rejected
      ? rejectionReport(m, formatFor(this.state.lang), this.rejected, actions)
      : '';
    if (!this.loaded) {
      render(
        html`<main id="main" class="main">
          <h1>${m.appTitle}</h1>
          ${report || html`<p class="loading" aria-busy="true">${m.loading}</p>`}
        </main>`,
        this.root,
      );
      return;
    }
    const feed = this.loaded.feed;
    const state = this.state;
    const earlier = this.earlier.comparison(m, feed, state.asOf);
    const ctx: ViewContext = {
      feed,
      state,
      m,
      f: formatFor(state.lang, feed),
      options: optionsOf(state),
      href: (changes) => formatViewState(updateViewState(state, changes)),
      ...(earlier && { earlier }),
    };
    const query = formatViewState(state).replace(/^#\/[a-z]+/, '');
    render(
      html`<a
          class="skip"
          href="#main"
          @click=${(e: Event) => {
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
          >${m.skipToContent}</a
        >
        ${foreignBanner(m, foreignHost(this.loaded.origin))}
        <header class="app-header">
          <h1>${m.appTitle}</h1>
          <p class="header-links">
            <a href="builder.html#/${state.page}${query}">${m.builder}</a>
            <a href="report.html#/${state.page}${query}">${m.report}</a>
          </p>
          ${pageNav(ctx)} ${toolbar(ctx, actions, this.copied)}
        </header>
        <main id="main" class="main" tabindex="-1" data-page=${state.page}>
          ${report} ${feedPanel(ctx, this.loaded, actions)}
          ${earlierPanel(ctx, actions, this.earlier.errorText(m, ctx.f))} ${safeView(ctx)}
        </main>`,
      this.root,
    );
  }
}

/** A view that throws (a feed the model cannot read) says so instead of blanking the page. */
function safeView(ctx: ViewContext): TemplateResult {
  try {
    return VIEWS[ctx.state.page](ctx);
  } catch (err) {
    console.warn(err);
    return html`<p class="error" role="alert">${ctx.m.loadFailed(String(err))}</p>`;
  }
}
