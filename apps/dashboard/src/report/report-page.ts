import { html, render, type TemplateResult } from 'lit';
import { applyDocumentState } from '../app/document-state.js';
import { compareWith } from '../app/earlier-feed.js';
import { feedFromUrl } from '../feed/feed-source.js';
import { foreignHost } from '../feed/foreign-host.js';
import { formatFor } from '../format/format.js';
import { messagesFor } from '../i18n/catalogue.js';
import { formatViewState, parseViewState, updateViewState } from '../state/view-state.js';
import { baomView } from '../views/baom.js';
import { optionsOf, regionName, type ViewContext } from '../views/context.js';
import { foreignBanner } from '../views/foreign-banner.js';
import { fundView } from '../views/fund.js';
import { genderView } from '../views/gender.js';
import { overviewView } from '../views/overview.js';
import { qualityView } from '../views/quality.js';
import { sourcesView } from '../views/sources.js';

/**
 * The A4 report: the dashboard's views stacked in print order, for the same URL state
 * (language, as-of, region). Every section starts on a new page when printed.
 */
export async function renderReport(root: HTMLElement): Promise<void> {
  const state = parseViewState(location.hash);
  const m = messagesFor(state.lang);
  applyDocumentState({ lang: state.lang, theme: 'light' }, `${m.report} — ${m.appTitle}`);
  const outcome = await feedFromUrl(state.feed);
  if (!outcome.ok) {
    render(
      html`<p role="alert">${m.loadFailed(outcome.rejected.errors[0]?.message ?? '')}</p>`,
      root,
    );
    return;
  }
  const feed = outcome.loaded.feed;
  const f = formatFor(state.lang, feed);
  // With an earlier feed in the link, the overview says what changed since.
  const since = state.since ? await feedFromUrl(state.since) : undefined;
  const ctx: ViewContext = {
    feed,
    state,
    m,
    f,
    options: optionsOf(state),
    href: (changes) => `index.html${formatViewState(updateViewState(state, changes))}`,
    ...(since?.ok && { earlier: compareWith(m, since.loaded, feed, state.asOf) }),
  };
  const section = (id: string, body: TemplateResult) =>
    html`<section class="report-section" id=${id}>${body}</section>`;
  render(
    html`${foreignBanner(m, foreignHost(outcome.loaded.origin))}
      <header class="report-header">
        <h1>${m.report} — ${f.text(feed.programme.name)}</h1>
        <p>
          ${m.asOf} ${f.date(state.asOf ?? feed.asOf)}
          ${state.region ? html` · ${m.region}: ${regionName(ctx, state.region)}` : ''}
        </p>
      </header>
      ${section('overview', overviewView(ctx))} ${section('fund', fundView(ctx))}
      ${section('baom', baomView(ctx))} ${section('gender', genderView(ctx))}
      ${section('quality', qualityView(ctx))} ${section('sources', sourcesView(ctx))}`,
    root,
  );
  root.dataset['ready'] = 'true';
}
